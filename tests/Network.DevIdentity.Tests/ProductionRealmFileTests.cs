using System.Text.Json;
using System.Text.RegularExpressions;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The production realm (<c>infra/keycloak/network-realm.json</c>) holds no user, no credential and no literal secret:
/// secrets and addresses are placeholders Keycloak fills from its environment at import. It keeps the roles, the
/// clients and the mappers that tokens are made from, as in the development realm.
/// </summary>
public sealed partial class ProductionRealmFileTests
{
    private static readonly JsonElement Production = Load(Path.Combine("production", "network-realm.json"));
    private static readonly JsonElement Development = Load("network-realm.json");

    [Fact]
    public void It_holds_no_user_and_no_credential()
    {
        Assert.False(Production.TryGetProperty("users", out _));
        Assert.DoesNotContain(Properties(Production), property =>
            property.Name is "credentials" or "password" or "federatedIdentities"
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
    public void No_client_hands_out_tokens_without_a_person_signing_in()
    {
        foreach (var client in Production.GetProperty("clients").EnumerateArray())
        {
            Assert.False(Flag(client, "directAccessGrantsEnabled"), client.GetProperty("clientId").GetString());
            Assert.False(Flag(client, "serviceAccountsEnabled"), client.GetProperty("clientId").GetString());
            Assert.False(
                Flag(client, "publicClient") && Flag(client, "standardFlowEnabled"),
                client.GetProperty("clientId").GetString()
            );
        }
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
