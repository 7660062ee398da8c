using System.Text.Json;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The development realm (<c>infra/keycloak/development/network-realm.json</c>) follows Keycloak's
/// RealmRepresentation, and its demo users work for the partners local mode seeds.
/// </summary>
public sealed class NetworkRealmFileTests
{
    private static readonly JsonElement Realm = Load("network-realm.json");
    private static readonly JsonElement DemoPartners = Load("demo-partners.json");

    [Fact]
    public void It_declares_the_realm_roles_and_clients_of_the_network()
    {
        Assert.Equal("network", Realm.GetProperty("realm").GetString());
        Assert.True(Realm.GetProperty("enabled").GetBoolean());
        var roles = Realm
            .GetProperty("roles")
            .GetProperty("realm")
            .EnumerateArray()
            .Select(role => role.GetProperty("name").GetString())
            .ToList();
        Assert.Superset(new HashSet<string?> { "coordinator", "partner-admin", "partner-staff" }, roles.ToHashSet());

        var clients = Realm
            .GetProperty("clients")
            .EnumerateArray()
            .ToDictionary(client => client.GetProperty("clientId").GetString()!);
        Assert.False(clients["network-api"].GetProperty("publicClient").GetBoolean());
        Assert.Equal(
            "S256",
            clients["network-portal"].GetProperty("attributes").GetProperty("pkce.code.challenge.method").GetString()
        );
        Assert.True(clients["network-cli"].GetProperty("directAccessGrantsEnabled").GetBoolean());
        Assert.True(clients["network-members"].GetProperty("serviceAccountsEnabled").GetBoolean());
    }

    [Fact]
    public void Its_portal_is_a_confidential_client_of_the_standard_flow_only()
    {
        var portal = Realm
            .GetProperty("clients")
            .EnumerateArray()
            .Single(c => c.GetProperty("clientId").GetString() == "network-portal");
        Assert.False(portal.GetProperty("publicClient").GetBoolean());
        Assert.Equal("client-secret", portal.GetProperty("clientAuthenticatorType").GetString());
        Assert.Equal("network-portal-dev-secret", portal.GetProperty("secret").GetString());
        Assert.True(portal.GetProperty("standardFlowEnabled").GetBoolean());
        Assert.False(portal.GetProperty("implicitFlowEnabled").GetBoolean());
        Assert.False(portal.GetProperty("directAccessGrantsEnabled").GetBoolean());
        Assert.False(portal.GetProperty("serviceAccountsEnabled").GetBoolean());
        Assert.Equal(
            ["http://localhost:5080/signin-oidc"],
            portal.GetProperty("redirectUris").EnumerateArray().Select(uri => uri.GetString())
        );
        var attributes = portal.GetProperty("attributes");
        Assert.Equal("S256", attributes.GetProperty("pkce.code.challenge.method").GetString());
        Assert.Equal(
            "http://localhost:5080/signout-callback-oidc",
            attributes.GetProperty("post.logout.redirect.uris").GetString()
        );
        Assert.Equal("http://localhost:5080", portal.GetProperty("rootUrl").GetString());
        Assert.Equal(
            ["http://localhost:5080"],
            portal.GetProperty("webOrigins").EnumerateArray().Select(uri => uri.GetString())
        );
    }

    [Theory]
    [InlineData("network-portal")]
    [InlineData("network-cli")]
    public void Its_user_facing_clients_put_partner_id_and_the_api_audience_in_access_tokens(string clientId)
    {
        var client = Realm
            .GetProperty("clients")
            .EnumerateArray()
            .Single(c => c.GetProperty("clientId").GetString() == clientId);
        var mappers = client.GetProperty("protocolMappers").EnumerateArray().ToList();
        Assert.All(mappers, mapper =>
        {
            Assert.Equal("openid-connect", mapper.GetProperty("protocol").GetString());
            Assert.All(mapper.GetProperty("config").EnumerateObject(), entry =>
                Assert.Equal(JsonValueKind.String, entry.Value.ValueKind)
            );
        });

        var partnerId = mappers
            .Single(m => m.GetProperty("protocolMapper").GetString() == "oidc-usermodel-attribute-mapper")
            .GetProperty("config");
        Assert.Equal("partner_id", partnerId.GetProperty("claim.name").GetString());
        Assert.Equal("true", partnerId.GetProperty("multivalued").GetString());
        Assert.Equal("true", partnerId.GetProperty("access.token.claim").GetString());
        var audience = mappers
            .Single(m => m.GetProperty("protocolMapper").GetString() == "oidc-audience-mapper")
            .GetProperty("config");
        Assert.Equal("network-api", audience.GetProperty("included.client.audience").GetString());
    }

    [Fact]
    public void Its_user_profile_keeps_partner_id_as_a_managed_multivalued_attribute()
    {
        var profile = Realm.GetProperty("components").GetProperty("org.keycloak.userprofile.UserProfileProvider")[0];
        var config = JsonDocument
            .Parse(profile.GetProperty("config").GetProperty("kc.user.profile.config")[0].GetString()!)
            .RootElement;
        var partnerId = config
            .GetProperty("attributes")
            .EnumerateArray()
            .Single(a => a.GetProperty("name").GetString() == "partner_id");
        Assert.True(partnerId.GetProperty("multivalued").GetBoolean());
    }

    [Fact]
    public void Every_demo_user_has_a_password_and_works_for_seeded_partners()
    {
        var seeded = DemoPartners.EnumerateArray().Select(partner => partner.GetProperty("id").GetGuid()).ToHashSet();
        var users = Realm
            .GetProperty("users")
            .EnumerateArray()
            .Where(user => !user.TryGetProperty("serviceAccountClientId", out _))
            .ToList();
        Assert.Contains(users, user =>
            user.GetProperty("realmRoles").EnumerateArray().Any(role => role.GetString() == "coordinator")
        );
        Assert.Contains(users, user => PartnerIds(user).Count > 1);

        Assert.All(users, user =>
        {
            var credential = Assert.Single(user.GetProperty("credentials").EnumerateArray());
            Assert.Equal("password", credential.GetProperty("type").GetString());
            Assert.False(credential.GetProperty("temporary").GetBoolean());
            Assert.All(PartnerIds(user), id => Assert.Contains(id, seeded));
        });
    }

    private static List<Guid> PartnerIds(JsonElement user) =>
        user.TryGetProperty("attributes", out var attributes) && attributes.TryGetProperty("partner_id", out var ids)
            ? [.. ids.EnumerateArray().Select(id => Guid.Parse(id.GetString()!))]
            : [];

    private static JsonElement Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Realm", file))).RootElement;
}
