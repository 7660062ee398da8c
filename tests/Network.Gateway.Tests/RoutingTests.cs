using System.Net;
using System.Net.Http.Json;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Gateway.Tests;

/// <summary>Public routes pass without a token, all others need one; paths and correlation ids go through
/// unchanged.</summary>
public sealed class RoutingTests(TestInfrastructure infrastructure) : GatewayTest(infrastructure)
{
    [Theory]
    [InlineData("GET", "/api/partners?q=mediatheque")]
    [InlineData("GET", "/api/partners/0193a000-0000-7000-8000-000000000001")]
    [InlineData("GET", "/api/partners/taxonomy")]
    [InlineData("GET", "/api/partners/export?format=csv")]
    [InlineData("GET", "/api/events")]
    [InlineData("GET", "/api/events/calendar.ics")]
    [InlineData("GET", "/api/activity/public")]
    [InlineData("POST", "/api/events/0193a000-0000-7000-8000-000000000001/registrations")]
    [InlineData(
        "DELETE",
        "/api/events/0193a000-0000-7000-8000-000000000001/registrations/0193a000-0000-7000-8000-000000000002?token=abc"
    )]
    [InlineData(
        "POST",
        "/api/events/0193a000-0000-7000-8000-000000000001/registrations/0193a000-0000-7000-8000-000000000002"
            + "/stop-notices?token=abc"
    )]
    public async Task Public_routes_are_forwarded_unchanged_without_a_token(string method, string pathAndQuery)
    {
        using var anonymous = Gateway.CreateClient(token: null);
        using var request = new HttpRequestMessage(new HttpMethod(method), pathAndQuery);

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pathAndQuery, Assert.Single(Backend.Received).PathAndQuery);
    }

    [Theory]
    [InlineData("POST", "/api/partners")]
    [InlineData("PUT", "/api/partners/0193a000-0000-7000-8000-000000000001")]
    [InlineData("GET", "/api/events/0193a000-0000-7000-8000-000000000001/registrations")]
    [InlineData("POST", "/api/events")]
    [InlineData("GET", "/api/referrals")]
    [InlineData("GET", "/api/referrals/needs")]
    [InlineData("POST", "/api/referrals/0193a000-0000-7000-8000-000000000001/accept")]
    [InlineData("GET", "/api/equipment")]
    [InlineData("GET", "/api/equipment/0193a000-0000-7000-8000-000000000001/calendar.ics")]
    [InlineData("POST", "/api/equipment/reservations/0193a000-0000-7000-8000-000000000001/approve")]
    [InlineData("GET", "/api/activity/overview")]
    [InlineData("GET", "/api/activity/export.csv?from=2026-01-01")]
    [InlineData("POST", "/api/activity/rebuild")]
    public async Task Other_routes_need_a_token_and_never_reach_the_service_without_one(string method, string path)
    {
        using var anonymous = Gateway.CreateClient(token: null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { }),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
        Assert.Empty(Backend.Received);

        using var staff = Gateway.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Guid.NewGuid())));
        using var again = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = JsonContent.Create(new { }),
        };
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(again)).StatusCode);
        Assert.StartsWith(
            "Bearer ",
            Assert.Single(Backend.Received).Headers["Authorization"],
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_correlation_id_reaches_the_service_and_comes_back()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        anonymous.DefaultRequestHeaders.Add("X-Correlation-Id", "support-ticket-77");

        var response = await anonymous.GetAsync(new Uri("/api/events", UriKind.Relative));

        Assert.Equal("support-ticket-77", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
        var forwarded = Assert.Single(Backend.Received).Headers;
        Assert.Equal("support-ticket-77", forwarded["X-Correlation-Id"]);
        Assert.True(forwarded.ContainsKey("X-Forwarded-Proto"));
        Assert.True(forwarded.ContainsKey("X-Forwarded-Host"));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_at_the_gateway()
    {
        using var staff = Gateway.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Guid.NewGuid())));
        var response = await staff.PostAsJsonAsync(
            "/api/partners",
            new { description = new string('x', 2 * 1024 * 1024) }
        );

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Backend.Received);
    }

    [Fact]
    public async Task Browsers_of_configured_origins_only_may_call()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        foreach (
            var (origin, allowed) in new[]
            {
                ("https://portail.example.org", true),
                ("https://ailleurs.example.com", false),
            }
        )
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/partners");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            var response = await anonymous.SendAsync(preflight);
            Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }
}
