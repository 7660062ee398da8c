using System.Security.Claims;
using Network.ServiceDefaults.Identity;

namespace Network.ServiceDefaults.Tests.Unit;

public sealed class KeycloakClaimsTests
{
    private static readonly KeycloakOptions Keycloak = new()
    {
        AuthServerUrl = "http://localhost:8080",
        Realm = "network",
        Resource = "network-api",
    };

    [Fact]
    public async Task Realm_and_client_roles_become_role_claims()
    {
        var principal = Principal(
            new Claim("realm_access", """{"roles":["coordinator","offline_access"]}""", "JSON"),
            new Claim(
                "resource_access",
                """{"network-api":{"roles":["partner-admin"]},"account":{"roles":["manage-account"]}}""",
                "JSON"
            )
        );

        var transformed = await new KeycloakRolesClaimsTransformation(Keycloak).TransformAsync(principal);

        Assert.True(transformed.IsInRole("coordinator"));
        Assert.True(transformed.IsInRole("partner-admin"));
        Assert.False(transformed.IsInRole("manage-account"));
    }

    [Fact]
    public async Task Transforming_twice_adds_nothing_more()
    {
        var transformation = new KeycloakRolesClaimsTransformation(Keycloak);
        var once = await transformation.TransformAsync(
            Principal(new Claim("realm_access", """{"roles":["partner-staff"]}"""))
        );
        var twice = await transformation.TransformAsync(once);
        Assert.Single(twice.FindAll("role"));
    }

    [Fact]
    public async Task A_role_claim_the_token_carries_itself_is_dropped_and_realm_roles_still_count()
    {
        var principal = Principal(
            new Claim("role", "coordinator"),
            new Claim("realm_access", """{"roles":["partner-staff"]}""")
        );

        var transformed = await new KeycloakRolesClaimsTransformation(Keycloak).TransformAsync(principal);

        Assert.False(transformed.IsInRole("coordinator"));
        Assert.True(transformed.IsInRole("partner-staff"));
        Assert.Empty(
            (
                await new KeycloakRolesClaimsTransformation(Keycloak).TransformAsync(
                    Principal(new Claim("role", "coordinator"))
                )
            ).FindAll("role")
        );
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"roles":"coordinator"}""")]
    [InlineData("[]")]
    public async Task Malformed_access_claims_grant_nothing(string realmAccess)
    {
        var transformed = await new KeycloakRolesClaimsTransformation(Keycloak).TransformAsync(
            Principal(new Claim("realm_access", realmAccess))
        );
        Assert.Empty(transformed.FindAll("role"));
    }

    [Fact]
    public void Partner_ids_come_as_a_string_or_an_array()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        Assert.Equal([a], ActingPartner.PartnerIdsOf(Principal(new Claim("partner_id", a.ToString()))));
        Assert.Equal(
            [a, b],
            ActingPartner.PartnerIdsOf(
                Principal(new Claim("partner_id", a.ToString()), new Claim("partner_id", b.ToString()))
            )
        );
        Assert.Equal([a, b], ActingPartner.PartnerIdsOf(Principal(new Claim("partner_id", $"[\"{a}\",\"{b}\"]"))));
        Assert.Empty(ActingPartner.PartnerIdsOf(Principal(new Claim("partner_id", "not-a-guid"))));
    }

    [Fact]
    public void The_acting_partner_is_named_implied_or_refused()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var one = Principal(new Claim("sub", "u1"), new Claim("partner_id", a.ToString()));
        var two = Principal(
            new Claim("sub", "u2"),
            new Claim("partner_id", a.ToString()),
            new Claim("partner_id", b.ToString())
        );

        Assert.Equal(a, ActingPartner.Resolve(one, null).Caller!.ActingPartnerId);
        Assert.Null(ActingPartner.Resolve(two, null).Caller!.ActingPartnerId);
        Assert.Equal(b, ActingPartner.Resolve(two, b.ToString()).Caller!.ActingPartnerId);
        Assert.Equal(403, ActingPartner.Resolve(one, b.ToString()).Problem!.Status);
        Assert.Equal(400, ActingPartner.Resolve(one, "nonsense").Problem!.Status);
        Assert.Contains(
            ActingPartner.HeaderName,
            Assert
                .IsType<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(
                    ActingPartner.Resolve(one, "nonsense").Problem
                )
                .Errors.Keys
        );
        Assert.Same(
            Caller.Anonymous,
            ActingPartner.Resolve(new ClaimsPrincipal(new ClaimsIdentity()), a.ToString()).Caller
        );
    }

    [Theory]
    [InlineData("none", "https://sso.example.org", false)]
    [InlineData("external", "http://localhost:8080", false)]
    [InlineData("external", "https://sso.example.org", true)]
    [InlineData("all", "http://localhost:8080", true)]
    public void Https_metadata_follows_ssl_required(string sslRequired, string url, bool required) =>
        Assert.Equal(
            required,
            new KeycloakOptions
            {
                AuthServerUrl = url,
                Realm = "network",
                SslRequired = sslRequired,
            }.RequireHttpsMetadata
        );

    private static ClaimsPrincipal Principal(params Claim[] claims) =>
        new(new ClaimsIdentity(claims, "Bearer", "preferred_username", "role"));
}
