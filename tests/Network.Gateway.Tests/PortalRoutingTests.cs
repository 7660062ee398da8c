using System.Net;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Gateway.Tests;

/// <summary>The portal serves every path the gateway does not own, anonymously; the gateway's own paths answer as
/// before.</summary>
public sealed class PortalRoutingTests(TestInfrastructure infrastructure) : GatewayTest(infrastructure)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/ateliers/123")]
    [InlineData("/css/site.css")]
    [InlineData("/apiculture")]
    public async Task Pages_reach_the_portal_with_the_forwarded_client_scheme_and_host(string path)
    {
        using var anonymous = Gateway.CreateClient(token: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        // What an ingress terminating TLS on loopback, trusted by default, adds.
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Portal.Received);
        Assert.Equal(path, received.PathAndQuery);
        Assert.Equal("203.0.113.7", received.Headers["X-Forwarded-For"]);
        Assert.Equal("https", received.Headers["X-Forwarded-Proto"]);
        Assert.Equal("localhost", received.Headers["X-Forwarded-Host"]);
        Assert.Empty(Backend.Received);
    }

    [Fact]
    public async Task A_strangers_forwarded_headers_never_reach_the_portal()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ateliers");
        request.Headers.Add(TestPeer.HeaderName, "198.51.100.20");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(request)).StatusCode);

        var received = Assert.Single(Portal.Received);
        Assert.Equal("198.51.100.20", received.Headers["X-Forwarded-For"]);
        Assert.Equal("http", received.Headers["X-Forwarded-Proto"]);
    }

    [Fact]
    public async Task A_connection_without_an_address_is_nobody_to_trust()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ateliers");
        request.Headers.Add(TestPeer.HeaderName, TestPeer.NoAddress);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(request)).StatusCode);

        Assert.False(Assert.Single(Portal.Received).Headers.ContainsKey("X-Forwarded-For"));
    }

    [Fact]
    public async Task A_form_posted_to_the_portal_needs_no_token()
    {
        using var anonymous = Gateway.CreateClient(token: null);

        var response = await anonymous.PostAsync(
            new Uri("/", UriKind.Relative),
            new FormUrlEncodedContent([new("prenom", "Awa")])
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Portal.Received);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/", received.PathAndQuery);
    }

    [Fact]
    public async Task The_gateways_own_endpoints_answer_themselves()
    {
        using var anonymous = Gateway.CreateClient(token: null);

        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.GetAsync(new Uri("/api/events", UriKind.Relative))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.GetAsync(new Uri("/openapi/events/v1.json", UriKind.Relative))).StatusCode
        );
        Assert.Equal(2, Backend.Received.Count);
        var docs = await anonymous.GetAsync(new Uri("/docs", UriKind.Relative));
        Assert.Equal("text/html", docs.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/events/v1.json", await docs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Healthy", await anonymous.GetStringAsync(new Uri("/health", UriKind.Relative)));
        Assert.Equal("Healthy", await anonymous.GetStringAsync(new Uri("/alive", UriKind.Relative)));
        Assert.Equal("Healthy", await anonymous.GetStringAsync(new Uri("/ready", UriKind.Relative)));

        Assert.Empty(Portal.Received);
    }

    /// <summary>The answers these paths gave before the portal existed: 401 without a token, 404 or 405 with
    /// one.</summary>
    [Theory]
    [InlineData("GET", "/api/unknown", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/unknown", HttpStatusCode.NotFound)]
    [InlineData("GET", "/API/Inconnu", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api", HttpStatusCode.NotFound)]
    [InlineData("GET", "/openapi/portal/v1.json", HttpStatusCode.NotFound)]
    [InlineData("POST", "/openapi/partners/v1.json", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "/docs", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/ready/x", HttpStatusCode.NotFound)]
    [InlineData("GET", "/health/portal", HttpStatusCode.NotFound)]
    [InlineData("GET", "/alive/x", HttpStatusCode.NotFound)]
    public async Task Unknown_paths_under_the_gateways_own_never_reach_the_portal(
        string method,
        string path,
        HttpStatusCode signedIn
    )
    {
        using var anonymous = Gateway.CreateClient(token: null);
        using var staff = Gateway.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Guid.NewGuid())));

        using var withoutToken = new HttpRequestMessage(new HttpMethod(method), path);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(withoutToken)).StatusCode);
        using var withToken = new HttpRequestMessage(new HttpMethod(method), path);
        Assert.Equal(signedIn, (await staff.SendAsync(withToken)).StatusCode);

        Assert.Empty(Portal.Received);
        Assert.Empty(Backend.Received);
    }
}
