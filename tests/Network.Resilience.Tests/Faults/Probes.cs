using System.Net;
using Aspire.Hosting.Testing;
using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.Faults;

/// <summary>The probes an orchestrator would ask: readiness (<c>/ready</c>) and monitoring (<c>/health</c>).</summary>
internal static class Probes
{
    /// <summary>
    /// While the broker is away, monitoring sees it (a service's and the gateway's <c>/health</c> answer 503), and
    /// readiness does not: every service, the gateway and the portal answer <c>/ready</c> with 200, so that no replica
    /// is taken out of service for an outage the outbox survives.
    /// </summary>
    public static async Task AssertReadyWithoutBrokerAsync(RunningPlatform platform)
    {
        await Eventually.AssertAsync(
            async () => await StatusAsync(platform.Service("events"), "/health") == HttpStatusCode.ServiceUnavailable,
            "the events service's /health reports the broker's outage"
        );
        await Eventually.AssertAsync(
            async () => await StatusAsync(platform.Gateway, "/health") == HttpStatusCode.ServiceUnavailable,
            "the gateway's /health reports the services' outage"
        );
        foreach (var service in RunningPlatform.Services)
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(platform.Service(service), "/ready"));
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(platform.Gateway, "/ready"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(platform.App.GetEndpoint("portal", "http"), "/ready"));
    }

    private static async Task<HttpStatusCode> StatusAsync(Uri baseAddress, string path)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
