using System.Net;
using System.Net.Http.Headers;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The repository's development realm as DevIdentity serves it in local mode: the members client, with its
/// development secret, finds the demo network's members by structure, and reads no role, as its two roles of
/// <c>realm-management</c> allow in Keycloak.
/// </summary>
public sealed class NetworkRealmMembersTests : IDisposable
{
    private const string MoulinsPartner = "0193a000-0000-7000-8000-000000000001";

    private readonly TestRealm _realm = new(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Realm", "network-realm.json"))
    );
    private readonly DevIdentityFactory _identity;
    private readonly HttpClient _client;

    public NetworkRealmMembersTests()
    {
        _identity = new DevIdentityFactory(_realm);
        _client = _identity.CreateClient();
    }

    [Fact]
    public async Task The_members_client_finds_a_structures_members_and_may_not_read_roles()
    {
        using var grant = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            "network-members",
            "network-members-dev-secret"
        );
        var token = await DevIdentityFactory.AccessTokenOfAsync(grant);
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var members = await _client.GetAsync(AdminApi.Path($"users?q=partner_id:{MoulinsPartner}"));
        using var role = await _client.GetAsync(AdminApi.Path("roles/partner-admin"));

        Assert.Equal(
            ["view-users", "manage-users"],
            DevIdentityFactory.Strings(
                DevIdentityFactory.PayloadOf(token)["resource_access"]!["realm-management"]!["roles"]
            )
        );
        Assert.Equal(
            ["admin.moulins", "mediateur.moulins"],
            AdminApi.Names(await AdminApi.ArrayOfAsync(members), "username")
        );
        Assert.Equal(HttpStatusCode.Forbidden, role.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }
}
