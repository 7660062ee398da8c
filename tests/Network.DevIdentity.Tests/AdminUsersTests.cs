using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Network.DevIdentity.Tests;

/// <summary>
/// <c>/admin/realms/{realm}/users</c>: Keycloak's user representation, its searches (attributes first of all), and
/// its answers to creations and updates, refusals included.
/// </summary>
public sealed class AdminUsersTests : IDisposable
{
    private static readonly string OnePartnerId = TestRealm.FirstPartner.ToString();

    private readonly TestRealm _realm = new();
    private readonly DevIdentityFactory _identity;
    private AdminApi? _admin;

    public AdminUsersTests() => _identity = new DevIdentityFactory(_realm);

    [Fact]
    public async Task A_user_reads_as_Keycloak_represents_them_with_the_subject_of_their_tokens_as_id()
    {
        var admin = await AdminAsync();
        using var client = _identity.CreateClient();
        using var grant = await DevIdentityFactory.PasswordGrantAsync(client, "one.partner", "one-password");
        var subject = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(grant))["sub"]!;

        var user = await admin.UserAsync(subject.GetValue<string>());

        Assert.Equal(
            [
                "id",
                "username",
                "firstName",
                "lastName",
                "email",
                "emailVerified",
                "attributes",
                "createdTimestamp",
                "enabled",
                "requiredActions",
            ],
            user.Select(field => field.Key)
        );
        Assert.Equal("one.partner", user["username"]!.GetValue<string>());
        Assert.Equal("Ada", user["firstName"]!.GetValue<string>());
        Assert.Equal("ada@example.org", user["email"]!.GetValue<string>());
        Assert.True(user["emailVerified"]!.GetValue<bool>());
        Assert.True(user["enabled"]!.GetValue<bool>());
        Assert.Equal([OnePartnerId], DevIdentityFactory.Strings(user["attributes"]!["partner_id"]));
        Assert.Equal(JsonValueKind.Number, user["createdTimestamp"]!.GetValueKind());
        Assert.Empty(user["requiredActions"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_user_is_404_user_not_found()
    {
        var admin = await AdminAsync();
        using var response = await admin.GetAsync($"users/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":"User not found"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("q=partner_id:0193a000-0000-7000-8000-000000000001", "one.partner,two.partners")]
    [InlineData("q=partner_id:0193A000-0000-7000-8000-000000000002", "two.partners")]
    [InlineData("q=partner_id:0193a000-0000-7000-8000-00000000000f", "")]
    [InlineData("q=partner_id:0193a000-0000-7000-8000", "")]
    [InlineData("q=partner_id:0193a000-0000-7000-8000&exact=false", "one.partner,two.partners")]
    [InlineData("q=PARTNER_ID:0193a000-0000-7000-8000-000000000001", "")]
    public async Task An_attribute_search_finds_the_users_with_that_value_among_theirs(string query, string expected)
    {
        var admin = await AdminAsync();
        var users = await admin.SearchAsync(query);

        Assert.Equal(Expected(expected), AdminApi.Names(users, "username"));
    }

    [Theory]
    [InlineData("", "disabled,members.manager,one.partner,two.partners")]
    [InlineData("email=EXAMPLE.org", "members.manager,one.partner,two.partners")]
    [InlineData("email=ada@example.org&exact=true", "one.partner")]
    [InlineData("username=partner", "one.partner,two.partners")]
    [InlineData("username=partner&exact=true", "")]
    [InlineData("firstName=ad&lastName=mart", "one.partner")]
    [InlineData("search=bru", "two.partners")]
    [InlineData("search=artin", "")]
    [InlineData("search=*artin", "one.partner")]
    [InlineData("search=\"petit\"", "two.partners")]
    [InlineData("search=one ada", "one.partner")]
    [InlineData("enabled=false", "disabled")]
    [InlineData("first=1&max=2", "members.manager,one.partner")]
    [InlineData("username=service-account-network-m", "service-account-network-members")]
    [InlineData("search=service-account", "")]
    public async Task Searches_match_as_Keycloaks_and_leave_service_accounts_out_unless_a_field_names_them(
        string query,
        string expected
    )
    {
        var admin = await AdminAsync();
        var users = await admin.SearchAsync(query);

        Assert.Equal(Expected(expected), AdminApi.Names(users, "username"));
    }

    [Fact]
    public async Task A_brief_representation_has_neither_attributes_nor_required_actions()
    {
        var admin = await AdminAsync();
        var users = await admin.SearchAsync($"q=partner_id:{OnePartnerId}&briefRepresentation=true");

        Assert.All(users, user =>
            Assert.Equal(
                ["id", "username", "firstName", "lastName", "email", "emailVerified", "createdTimestamp", "enabled"],
                user!.AsObject().Select(field => field.Key)
            )
        );
    }

    [Fact]
    public async Task A_created_user_is_at_the_address_given_lowercased_as_said_and_with_the_default_roles()
    {
        var admin = await AdminAsync();
        using var response = await admin.PostAsync(
            AdminApi.Users,
            new
            {
                username = "Claire.Dupont",
                email = "Claire.Dupont@Example.org",
                firstName = "Claire",
                lastName = "Dupont",
                enabled = true,
                attributes = new { partner_id = new[] { OnePartnerId } },
                requiredActions = new[] { "UPDATE_PASSWORD" },
            }
        );
        var location = response.Headers.Location!;
        var user = await admin.UserAsync(location.Segments[^1]);
        using var roles = await admin.GetAsync($"users/{location.Segments[^1]}/role-mappings/realm");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Matches(
            "^http://localhost/admin/realms/network/users/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$",
            location.AbsoluteUri
        );
        Assert.Equal(location.Segments[^1], user["id"]!.GetValue<string>());
        Assert.Equal("claire.dupont", user["username"]!.GetValue<string>());
        Assert.Equal("claire.dupont@example.org", user["email"]!.GetValue<string>());
        Assert.False(user["emailVerified"]!.GetValue<bool>());
        Assert.True(user["enabled"]!.GetValue<bool>());
        Assert.Equal([OnePartnerId], DevIdentityFactory.Strings(user["attributes"]!["partner_id"]));
        Assert.Equal(["UPDATE_PASSWORD"], DevIdentityFactory.Strings(user["requiredActions"]));
        Assert.Equal(["default-roles-network"], AdminApi.Names(await AdminApi.ArrayOfAsync(roles)));
    }

    [Fact]
    public async Task A_user_created_without_saying_enabled_is_disabled()
    {
        var admin = await AdminAsync();
        var id = await admin.CreateAsync(new { username = "sans.statut" });

        Assert.False((await admin.UserAsync(id))["enabled"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"email":"nouveau@example.org"}""", 400, """{"errorMessage":"User name is missing"}""")]
    [InlineData("""{"username":"ONE.PARTNER"}""", 409, """{"errorMessage":"User exists with same username"}""")]
    [InlineData(
        """{"username":"nouveau","email":"ADA@example.org"}""",
        409,
        """{"errorMessage":"User exists with same email"}"""
    )]
    [InlineData(
        """{"username":"nouveau","email":"pas-une-adresse"}""",
        400,
        """{"field":"email","errorMessage":"error-invalid-email","params":["email","pas-une-adresse"]}"""
    )]
    [InlineData("""{"username":""", 400, """{"error":"unknown_error","error_description":"Cannot parse the JSON"}""")]
    public async Task A_creation_Keycloak_refuses_is_refused_in_its_words(string body, int status, string answer)
    {
        var admin = await AdminAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.Client.PostAsync(AdminApi.Path(AdminApi.Users), content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(answer, await response.Content.ReadAsStringAsync());
        Assert.Equal(
            Expected("disabled,members.manager,one.partner,two.partners"),
            AdminApi.Names(await admin.SearchAsync(""), "username")
        );
    }

    [Fact]
    public async Task An_update_replaces_the_fields_it_gives_and_the_attributes_as_a_whole()
    {
        var admin = await AdminAsync();
        var id = TestRealm.IdOf("two.partners");

        using var renamed = await admin.PutAsync(
            $"users/{id}",
            new
            {
                firstName = "Brune",
                attributes = new { partner_id = new[] { OnePartnerId }, team = new[] { "nord" } },
            }
        );
        var afterRename = await admin.UserAsync(id);
        using var emptied = await admin.PutAsync(
            $"users/{id}",
            new { attributes = new { partner_id = Array.Empty<string>() } }
        );
        var afterEmptying = await admin.UserAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal("Brune", afterRename["firstName"]!.GetValue<string>());
        Assert.Equal("Petit", afterRename["lastName"]!.GetValue<string>());
        Assert.Equal("bruno@example.org", afterRename["email"]!.GetValue<string>());
        Assert.Equal([OnePartnerId], DevIdentityFactory.Strings(afterRename["attributes"]!["partner_id"]));
        Assert.Equal(["nord"], DevIdentityFactory.Strings(afterRename["attributes"]!["team"]));
        Assert.Equal(HttpStatusCode.NoContent, emptied.StatusCode);
        Assert.Null(afterEmptying["attributes"]);
        Assert.Equal("Brune", afterEmptying["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_to_another_users_email_is_409_and_to_an_unknown_user_404()
    {
        var admin = await AdminAsync();
        var id = TestRealm.IdOf("two.partners");

        using var taken = await admin.PutAsync($"users/{id}", new { email = "Ada@Example.org", firstName = "X" });
        using var unknown = await admin.PutAsync($"users/{Guid.NewGuid()}", new { firstName = "X" });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("""{"errorMessage":"User exists with same email"}""", await taken.Content.ReadAsStringAsync());
        Assert.Equal("Bruno", (await admin.UserAsync(id))["firstName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_changed_user_signs_in_with_their_new_username_and_email_and_a_disabled_one_not_at_all()
    {
        var admin = await AdminAsync();
        var id = TestRealm.IdOf("one.partner");
        using var client = _identity.CreateClient();

        using var renamed = await admin.PutAsync(
            $"users/{id}",
            new { username = "Ada.Martin", email = "ada.martin@example.org" }
        );
        using var byName = await DevIdentityFactory.PasswordGrantAsync(client, "ada.martin", "one-password");
        using var byEmail = await DevIdentityFactory.PasswordGrantAsync(
            client,
            "ada.martin@example.org",
            "one-password"
        );
        using var byFormerName = await DevIdentityFactory.PasswordGrantAsync(client, "one.partner", "one-password");
        using var disabled = await admin.PutAsync($"users/{id}", new { enabled = false });
        using var afterDisabling = await DevIdentityFactory.PasswordGrantAsync(client, "ada.martin", "one-password");

        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal(
            id,
            DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(byName))["sub"]!.GetValue<string>()
        );
        Assert.Equal(HttpStatusCode.OK, byEmail.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byFormerName.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(
            "Account disabled",
            (await DevIdentityFactory.JsonOfAsync(afterDisabling))["error_description"]!.GetValue<string>()
        );
    }

    /// <summary>The members client's view of the API, connected at first use.</summary>
    private async Task<AdminApi> AdminAsync() => _admin ??= await AdminApi.ConnectAsync(_identity);

    public void Dispose()
    {
        _admin?.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }

    private static string[] Expected(string usernames) => usernames.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
