using System.Text.Json;
using System.Text.RegularExpressions;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The production realm (<c>infra/keycloak/network-realm.json</c>) holds no person, no credential and no literal
/// secret: secrets and addresses are placeholders Keycloak fills from its environment at import, and its only user is
/// the members client's service account, which may manage users and nothing else. It keeps the roles, the clients and
/// the mappers that tokens are made from, as in the development realm.
/// </summary>
public sealed partial class ProductionRealmFileTests
{
    private static readonly JsonElement Production = Load(Path.Combine("production", "network-realm.json"));
    private static readonly JsonElement Development = Load("network-realm.json");

    [Fact]
    public void It_holds_no_person_and_no_credential()
    {
        var user = Assert.Single(Production.GetProperty("users").EnumerateArray());
        Assert.Equal("service-account-network-members", user.GetProperty("username").GetString());
        Assert.Equal("network-members", user.GetProperty("serviceAccountClientId").GetString());
        Assert.DoesNotContain(Properties(Production), property =>
            property.Name is "credentials" or "password" or "federatedIdentities" or "email"
        );
    }

    [Fact]
    public void Every_secret_and_address_of_a_client_is_a_placeholder()
    {
        foreach (var property in Properties(Production).Where(property => property.Name is "secret" or "rootUrl"))
        {
            Assert.Matches(Placeholder(), property.Value.GetString());
        }

        foreach (var uris in Properties(Production).Where(property => property.Name is "redirectUris" or "webOrigins"))
        {
            Assert.All(uris.Value.EnumerateArray(), uri => Assert.Matches(Placeholder(), uri.GetString()));
        }
    }

    [Fact]
    public void Only_the_members_client_gets_tokens_without_a_person_signing_in()
    {
        foreach (var client in Production.GetProperty("clients").EnumerateArray())
        {
            var clientId = client.GetProperty("clientId").GetString();
            Assert.False(Flag(client, "directAccessGrantsEnabled"), clientId);
            Assert.Equal(clientId == "network-members", Flag(client, "serviceAccountsEnabled"));
            Assert.False(Flag(client, "publicClient") && Flag(client, "standardFlowEnabled"), clientId);
        }
    }

    [Theory]
    [InlineData("production")]
    [InlineData("development")]
    public void The_members_client_is_confidential_and_its_service_account_may_only_view_and_manage_users(
        string realmFile
    )
    {
        var realm = realmFile == "production" ? Production : Development;

        var members = Client(realm, "network-members");
        var account = realm
            .GetProperty("users")
            .EnumerateArray()
            .Single(user =>
                user.TryGetProperty("serviceAccountClientId", out var id) && id.GetString() == "network-members"
            );

        Assert.False(Flag(members, "publicClient"));
        Assert.Equal("client-secret", members.GetProperty("clientAuthenticatorType").GetString());
        Assert.Equal(
            realmFile == "production" ? "${NETWORK_MEMBERS_CLIENT_SECRET}" : "network-members-dev-secret",
            members.GetProperty("secret").GetString()
        );
        Assert.True(Flag(members, "serviceAccountsEnabled"));
        Assert.False(Flag(members, "standardFlowEnabled"));
        Assert.False(Flag(members, "implicitFlowEnabled"));
        Assert.False(Flag(members, "directAccessGrantsEnabled"));
        Assert.Equal("service-account-network-members", account.GetProperty("username").GetString());
        Assert.True(Flag(account, "enabled"));
        Assert.Equal(
            ["default-roles-network"],
            account.GetProperty("realmRoles").EnumerateArray().Select(r => r.GetString())
        );
        var clientRoles = Assert.Single(account.GetProperty("clientRoles").EnumerateObject());
        Assert.Equal("realm-management", clientRoles.Name);
        Assert.Equal(["view-users", "manage-users"], clientRoles.Value.EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void It_keeps_the_roles_and_the_mappers_tokens_are_made_from()
    {
        Assert.Equal(Roles(Development), Roles(Production));
        var portal = Client(Production, "network-portal");
        Assert.Equal(
            Client(Development, "network-portal").GetProperty("protocolMappers").ToString(),
            portal.GetProperty("protocolMappers").ToString()
        );
        Assert.Equal("S256", portal.GetProperty("attributes").GetProperty("pkce.code.challenge.method").GetString());
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => element
                .EnumerateObject()
                .SelectMany(property => Properties(property.Value).Prepend(property)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Properties),
            _ => [],
        };

    private static bool Flag(JsonElement client, string name) =>
        client.TryGetProperty(name, out var value) && value.GetBoolean();

    private static JsonElement Client(JsonElement realm, string clientId) =>
        realm
            .GetProperty("clients")
            .EnumerateArray()
            .Single(client => client.GetProperty("clientId").GetString() == clientId);

    private static string[] Roles(JsonElement realm) =>
        realm
            .GetProperty("roles")
            .GetProperty("realm")
            .EnumerateArray()
            .Select(role => role.GetProperty("name").GetString()!)
            .Order()
            .ToArray();

    private static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Realm", file))).RootElement;

    [GeneratedRegex(@"^\$\{[A-Z_]+\}(/[a-z\-/]*)?$")]
    private static partial Regex Placeholder();
}
