using System.Text.Json;
using System.Text.Json.Nodes;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Tests;

/// <summary>The shape every Keycloak-like token of the solution takes, DevIdentity's and the test issuer's
/// alike.</summary>
public sealed class KeycloakTokenShapeTests
{
    private const string Issuer = "http://127.0.0.1:8080/realms/network";
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<string> ApiAudience = ["network-api"];
    private static readonly IReadOnlyList<string> StaffRoles = ["partner-staff"];
    private static readonly IReadOnlyList<string> NoAudience = [];
    private static readonly IReadOnlyList<string> ApiAndAccount = ["network-api", "account"];

    [Fact]
    public void One_claim_value_is_a_string_several_an_array_none_no_claim()
    {
        var one = Guid.NewGuid().ToString();
        var two = Guid.NewGuid().ToString();

        var single = Payload(Subject(new Dictionary<string, IReadOnlyList<string>> { ["partner_id"] = [one] }));
        var several = Payload(Subject(new Dictionary<string, IReadOnlyList<string>> { ["partner_id"] = [one, two] }));
        var none = Payload(Subject(new Dictionary<string, IReadOnlyList<string>> { ["partner_id"] = [] }));

        Assert.Equal(JsonValueKind.String, single["partner_id"]!.GetValueKind());
        Assert.Equal(one, single["partner_id"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.Array, several["partner_id"]!.GetValueKind());
        Assert.Equal(new[] { one, two }, DevIdentityFactory.Strings(several["partner_id"]));
        Assert.Null(none["partner_id"]);
    }

    [Fact]
    public void Keycloaks_default_roles_are_added()
    {
        var payload = Payload(Subject());

        var realmRoles = DevIdentityFactory.Strings(payload["realm_access"]!["roles"]);
        Assert.Contains("partner-staff", realmRoles);
        Assert.Contains("default-roles-network", realmRoles);
        Assert.Contains("offline_access", realmRoles);
        Assert.Contains("uma_authorization", realmRoles);
        Assert.Equal(
            KeycloakTokenShape.DefaultAccountRoles,
            DevIdentityFactory.Strings(payload["resource_access"]!["account"]!["roles"])
        );
    }

    [Fact]
    public void The_audience_is_the_mapped_one_and_account()
    {
        var payload = Payload(Subject());

        Assert.Equal(ApiAndAccount, DevIdentityFactory.Strings(payload["aud"]));
        Assert.Equal("network-cli", payload["azp"]!.GetValue<string>());
        Assert.Equal(Issuer, payload["iss"]!.GetValue<string>());
        Assert.Equal(Now.ToUnixTimeSeconds(), payload["iat"]!.GetValue<long>());
        Assert.Equal((Now + TimeSpan.FromMinutes(5)).ToUnixTimeSeconds(), payload["exp"]!.GetValue<long>());
    }

    [Fact]
    public void A_single_audience_is_a_string_as_Keycloak_writes_it()
    {
        var payload = KeycloakTokenShape.AccessTokenPayload(
            Subject(),
            Issuer,
            "network-cli",
            NoAudience,
            Now,
            TimeSpan.FromMinutes(5)
        );

        Assert.Equal(JsonValueKind.String, payload["aud"]!.GetValueKind());
        Assert.Equal("account", payload["aud"]!.GetValue<string>());
    }

    [Fact]
    public void A_service_account_has_no_session()
    {
        var user = Payload(Subject());
        var serviceAccount = Payload(Subject() with { IsServiceAccount = true });

        Assert.NotNull(user["sid"]);
        Assert.Null(serviceAccount["sid"]);
    }

    private static JsonObject Payload(KeycloakTokenSubject subject) =>
        KeycloakTokenShape.AccessTokenPayload(
            subject,
            Issuer,
            "network-cli",
            ApiAudience,
            Now,
            TimeSpan.FromMinutes(5)
        );

    private static KeycloakTokenSubject Subject(IReadOnlyDictionary<string, IReadOnlyList<string>>? claims = null) =>
        new(
            "5b0f4c1e-8d2a-4a5e-9f3b-1c2d3e4f5a6b",
            "ada",
            "Ada",
            "Martin",
            "ada@example.org",
            StaffRoles,
            new Dictionary<string, IReadOnlyList<string>>(),
            claims ?? new Dictionary<string, IReadOnlyList<string>>()
        );
}
