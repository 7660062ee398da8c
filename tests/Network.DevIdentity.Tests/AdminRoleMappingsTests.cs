using System.Net;
using System.Text.Json.Nodes;

namespace Network.DevIdentity.Tests;

/// <summary>
/// A user's realm roles through the admin API: Keycloak's role representation, ids that stay across restarts, roles
/// given and taken by id and name, and a role itself read by the realm's readers only.
/// </summary>
public sealed class AdminRoleMappingsTests : IDisposable
{
    private readonly TestRealm _realm = new();
    private readonly string _onePartner = TestRealm.IdOf("one.partner");
    private readonly DevIdentityFactory _identity;
    private AdminApi? _admin;

    public AdminRoleMappingsTests() => _identity = new DevIdentityFactory(_realm);

    [Fact]
    public async Task A_users_own_realm_roles_read_in_Keycloaks_role_representation()
    {
        var admin = await AdminAsync();
        using var response = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm");
        var roles = await AdminApi.ArrayOfAsync(response);

        Assert.Equal(["partner-staff", "default-roles-network"], AdminApi.Names(roles));
        var staff = roles[0]!.AsObject();
        Assert.Equal(["id", "name", "composite", "clientRole", "containerId"], staff.Select(field => field.Key));
        Assert.True(Guid.TryParse(staff["id"]!.GetValue<string>(), out _));
        Assert.False(staff["composite"]!.GetValue<bool>());
        Assert.False(staff["clientRole"]!.GetValue<bool>());
        Assert.Equal("network", staff["containerId"]!.GetValue<string>());
        Assert.True(roles[1]!["composite"]!.GetValue<bool>());
        Assert.Equal("${role_default-roles}", roles[1]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_roles_a_manager_may_give_are_those_the_user_does_not_hold()
    {
        var admin = await AdminAsync();
        using var response = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm/available");

        Assert.Equal(
            ["coordinator", "partner-admin", "offline_access", "uma_authorization"],
            AdminApi.Names(await AdminApi.ArrayOfAsync(response))
        );
    }

    [Fact]
    public async Task Roles_given_and_taken_by_id_and_name_show_in_the_users_roles_and_tokens()
    {
        var admin = await AdminAsync();
        await admin.GiveRoleAsync(_onePartner, "partner-admin");
        using var client = _identity.CreateClient();
        using var given = await DevIdentityFactory.PasswordGrantAsync(client, "one.partner", "one-password");
        await admin.TakeRoleAsync(_onePartner, "partner-staff");
        using var taken = await DevIdentityFactory.PasswordGrantAsync(client, "one.partner", "one-password");
        using var mappings = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm");

        Assert.Contains("partner-admin", RealmRolesOf(await DevIdentityFactory.AccessTokenOfAsync(given)));
        Assert.Contains("partner-staff", RealmRolesOf(await DevIdentityFactory.AccessTokenOfAsync(given)));
        Assert.DoesNotContain("partner-staff", RealmRolesOf(await DevIdentityFactory.AccessTokenOfAsync(taken)));
        Assert.Equal(["partner-admin", "default-roles-network"], AdminApi.Names(await AdminApi.ArrayOfAsync(mappings)));
    }

    [Fact]
    public async Task A_role_unknown_or_named_with_another_roles_id_is_404_and_nothing_changes()
    {
        var admin = await AdminAsync();
        using var available = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm/available");
        var roles = await AdminApi.ArrayOfAsync(available);
        var coordinator = roles.Single(role => role!["name"]!.GetValue<string>() == "coordinator")!;
        var partnerAdmin = roles.Single(role => role!["name"]!.GetValue<string>() == "partner-admin")!;

        using var wrongId = await admin.PostAsync(
            $"users/{_onePartner}/role-mappings/realm",
            new[]
            {
                new { id = coordinator["id"]!.GetValue<string>(), name = "coordinator" },
                new { id = coordinator["id"]!.GetValue<string>(), name = "partner-admin" },
            }
        );
        using var unknown = await admin.PostAsync(
            $"users/{_onePartner}/role-mappings/realm",
            new[] { new { id = partnerAdmin["id"]!.GetValue<string>(), name = "superuser" } }
        );
        using var mappings = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm");

        Assert.Equal(HttpStatusCode.NotFound, wrongId.StatusCode);
        Assert.Equal("""{"error":"Role not found"}""", await wrongId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["partner-staff", "default-roles-network"], AdminApi.Names(await AdminApi.ArrayOfAsync(mappings)));
    }

    [Fact]
    public async Task A_removal_naming_no_role_takes_every_realm_role_as_Keycloaks_does()
    {
        var admin = await AdminAsync();
        using var removal = await admin.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Delete, AdminApi.Path($"users/{_onePartner}/role-mappings/realm"))
        );
        using var mappings = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm");

        Assert.Equal(HttpStatusCode.NoContent, removal.StatusCode);
        Assert.Empty(await AdminApi.ArrayOfAsync(mappings));
    }

    [Fact]
    public async Task Role_ids_are_the_same_after_a_restart()
    {
        var admin = await AdminAsync();
        using var before = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm/available");
        var ids = AdminApi.Names(await AdminApi.ArrayOfAsync(before), "id");

        await using var restarted = new DevIdentityFactory(_realm);
        using var restartedAdmin = await AdminApi.ConnectAsync(restarted);
        using var after = await restartedAdmin.GetAsync($"users/{_onePartner}/role-mappings/realm/available");

        Assert.Equal(ids, AdminApi.Names(await AdminApi.ArrayOfAsync(after), "id"));
    }

    [Fact]
    public async Task A_role_reads_for_the_realms_readers_and_not_for_a_user_manager_as_in_Keycloak()
    {
        var admin = await AdminAsync();
        using var reader = await AdminApi.ConnectAsync(_identity, TestRealm.DirectoryClient, TestRealm.DirectorySecret);
        using var available = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm/available");
        var expectedId = AdminApi.Names(await AdminApi.ArrayOfAsync(available), "id")[1];

        using var read = await reader.GetAsync("roles/partner-admin");
        var role = await DevIdentityFactory.JsonOfAsync(read);
        using var unknown = await reader.GetAsync("roles/superuser");
        using var refused = await admin.GetAsync("roles/partner-admin");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(
            ["id", "name", "composite", "clientRole", "containerId", "attributes"],
            role.Select(field => field.Key)
        );
        Assert.Equal(expectedId, role["id"]!.GetValue<string>());
        Assert.Equal("partner-admin", role["name"]!.GetValue<string>());
        Assert.Empty(role["attributes"]!.AsObject());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("""{"error":"Could not find role"}""", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_reader_of_users_may_give_no_role()
    {
        var admin = await AdminAsync();
        using var reader = await AdminApi.ConnectAsync(_identity, TestRealm.DirectoryClient, TestRealm.DirectorySecret);
        using var mine = await admin.GetAsync($"users/{_onePartner}/role-mappings/realm/available");
        var coordinator = (await AdminApi.ArrayOfAsync(mine))[0]!.DeepClone();

        using var available = await reader.GetAsync($"users/{_onePartner}/role-mappings/realm/available");
        using var given = await reader.PostAsync(
            $"users/{_onePartner}/role-mappings/realm",
            new JsonArray(coordinator)
        );

        Assert.Empty(await AdminApi.ArrayOfAsync(available));
        Assert.Equal(HttpStatusCode.Forbidden, given.StatusCode);
    }

    /// <summary>The members client's view of the API, connected at first use.</summary>
    private async Task<AdminApi> AdminAsync() => _admin ??= await AdminApi.ConnectAsync(_identity);

    public void Dispose()
    {
        _admin?.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }

    private static IReadOnlyList<string> RealmRolesOf(string token) =>
        DevIdentityFactory.Strings(DevIdentityFactory.PayloadOf(token)["realm_access"]!["roles"]);
}
