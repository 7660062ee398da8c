using System.Net;
using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>The gateway is healthy only while every service behind it is; ready (to take requests) while it
/// runs.</summary>
public sealed class HealthTests(TestInfrastructure infrastructure) : GatewayTest(infrastructure)
{
    [Fact]
    public async Task Health_follows_the_services()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        Backend.Healthy = false;
        Assert.Equal(
            HttpStatusCode.ServiceUnavailable,
            (await anonymous.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode
        );
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/alive", UriKind.Relative))).StatusCode);
        // A readiness probe must not take every gateway out of service because one service is down.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Health_follows_the_portal_too()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        Portal.Healthy = false;

        Assert.Equal(
            HttpStatusCode.ServiceUnavailable,
            (await anonymous.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode
        );
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_api_reference_lists_every_service_document_served_through_the_gateway()
    {
        using var anonymous = Gateway.CreateClient(token: null);

        // Scalar resolves these against the application's base path: /openapi/{service}/v1.json.
        var page = await anonymous.GetStringAsync(new Uri("/docs", UriKind.Relative));
        Assert.Contains("\"url\":\"openapi/partners/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/events/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/referrals/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/equipment/v1.json\"", page, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/activity/v1.json\"", page, StringComparison.Ordinal);
        // The portal serves pages, not an API.
        Assert.DoesNotContain("openapi/portal", page, StringComparison.Ordinal);

        var document = await anonymous.GetAsync(new Uri("/openapi/partners/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("/openapi/v1.json", Assert.Single(Backend.Received).PathAndQuery);
    }
}
