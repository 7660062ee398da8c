using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Partners.Tests.Members;

/// <summary>The partners service with the demo network, managing its members through a DevIdentity of its own: the
/// development realm's demo users, whose <c>partner_id</c> values are the demo partners.</summary>
public abstract class MembersTest(TestInfrastructure infrastructure) : DemoNetworkTest(infrastructure)
{
    protected DevIdentityServer Identity { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Identity = await StartIdentityAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Identity.DisposeAsync();
    }

    protected virtual Task<DevIdentityServer> StartIdentityAsync() => DevIdentityServer.StartAsync();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        foreach (var (key, value) in Identity.MembersSettings)
        {
            settings[key] = value;
        }
    }

    /// <summary>A client acting as the demo user <paramref name="username"/> of DevIdentity, with a token the service
    /// trusts.</summary>
    protected async Task<HttpClient> AsDemoUserAsync(string username)
    {
        var claims = Claims(await Identity.TokenAsync(username));
        var user = new TestUser(
            claims.GetProperty("sub").GetString()!,
            username,
            RealmRoles(claims),
            PartnerIds(claims)
        );
        return Service.CreateClient(Infrastructure.Issuer.TokenFor(user));
    }

    protected static JsonElement Claims(string token) => TokenClaims.Of(token);

    protected static IReadOnlyList<string> RealmRoles(JsonElement claims) => TokenClaims.RealmRoles(claims);

    protected static IReadOnlyList<Guid> PartnerIds(JsonElement claims) => TokenClaims.PartnerIds(claims);

    protected static async Task<JsonElement[]> MembersAsync(HttpClient client, Guid partnerId) =>
        [
            .. (
                await client.GetFromJsonAsync<JsonElement>(
                    new Uri($"/api/partners/{partnerId}/members", UriKind.Relative)
                )
            ).EnumerateArray(),
        ];

    protected static string IdOf(JsonElement[] members, string username) =>
        members
            .Single(member => member.GetProperty("username").GetString() == username)
            .GetProperty("userId")
            .GetString()!;

    /// <summary>An application by <paramref name="applicant"/>; answers the new partner's id.</summary>
    protected static async Task<Guid> ApplyAsync(HttpClient applicant, string name)
    {
        var response = await applicant.PostAsJsonAsync("/api/partners", Profile(name));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
