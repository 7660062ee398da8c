using System.Net;
using System.Net.Http.Json;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.ServiceDefaults.Tests;

/// <summary>Tokens are validated for real: signature, issuer, audience, lifetime and algorithm.</summary>
public sealed class AuthenticationTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    private KeycloakTestIssuer Issuer => Infrastructure.Issuer;

    [Fact]
    public async Task A_valid_token_of_the_right_role_is_accepted()
    {
        using var client = Service.Client(Issuer.TokenFor(TestUser.Coordinator()));
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task No_token_is_401_with_a_problem()
    {
        using var client = Service.Client();
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string> BadTokens =>
        new()
        {
            "expired",
            "foreign-key",
            "unknown-kid",
            "alg-none",
            "wrong-audience",
            "wrong-issuer",
            "tampered-payload",
            "garbage",
            "id-token",
            "refresh-token",
        };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401(string kind)
    {
        var coordinator = TestUser.Coordinator();
        var token = kind switch
        {
            "expired" => Issuer.TokenFor(coordinator, new TokenSpec { Lifetime = TimeSpan.FromSeconds(-1) }),
            "foreign-key" => Issuer.TokenFor(coordinator, new TokenSpec { SignWithForeignKey = true }),
            "unknown-kid" => Issuer.TokenFor(coordinator, new TokenSpec { KeyId = "a-key-the-realm-never-published" }),
            "alg-none" => Issuer.UnsignedTokenFor(coordinator),
            "wrong-audience" => Issuer.TokenFor(coordinator, new TokenSpec { Audience = "another-api" }),
            "wrong-issuer" => Issuer.TokenFor(
                coordinator,
                new TokenSpec { Issuer = "http://127.0.0.1:1/realms/other" }
            ),
            "tampered-payload" => Tamper(Issuer.TokenFor(TestUser.Staff(PartnerA))),
            "id-token" => Issuer.TokenFor(coordinator, new TokenSpec { Type = "ID" }),
            "refresh-token" => Issuer.TokenFor(coordinator, new TokenSpec { Type = "Refresh" }),
            _ => "not-a-token",
        };

        using var client = Service.Client(token);
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_wrong_role_is_403()
    {
        using var client = Service.Client(Issuer.TokenFor(TestUser.Staff(PartnerA)));
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_role_claim_the_token_carries_itself_grants_nothing()
    {
        using var client = Service.Client(
            Issuer.TokenFor(TestUser.Staff(PartnerA), new TokenSpec { OwnRole = "coordinator" })
        );
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Roles_given_as_client_roles_of_the_api_count()
    {
        var token = Issuer.TokenFor(TestUser.Coordinator(), new TokenSpec { RolesAsClientRoles = true });
        using var client = Service.Client(token);
        var response = await client.GetAsync(new Uri("/api/network", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Acting_for_a_partner_the_token_does_not_list_is_403()
    {
        using var client = Service.Client(Issuer.TokenFor(TestUser.Staff(PartnerA)), actingPartner: PartnerB);
        var response = await client.PostAsJsonAsync("/api/notes", new { text = "hello" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_single_partner_is_implied_and_one_of_several_is_named()
    {
        using var single = Service.Client(
            Issuer.TokenFor(TestUser.Staff(PartnerA), new TokenSpec { PartnerIdAsArray = true })
        );
        var implied = await single.PostAsJsonAsync("/api/notes", new { text = "implied" });
        Assert.Equal(HttpStatusCode.Created, implied.StatusCode);

        var both = Issuer.TokenFor(TestUser.Staff(PartnerA, PartnerB));
        using var unnamed = Service.Client(both);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await unnamed.PostAsJsonAsync("/api/notes", new { text = "whose?" })).StatusCode
        );

        using var named = Service.Client(both, actingPartner: PartnerB);
        var created = await named.PostAsJsonAsync("/api/notes", new { text = "for B" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var note = await created.Content.ReadFromJsonAsync<Sample.Note>();
        Assert.Equal(PartnerB, note!.PartnerId);
    }

    private static string Tamper(string token)
    {
        // Same header and signature, but a payload that now claims the coordinator role.
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(
            Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1])
        );
        var forged = payload.Replace("\"partner-staff\"", "\"coordinator\"", StringComparison.Ordinal);
        Assert.NotEqual(payload, forged);
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(forged)}.{parts[2]}";
    }
}
