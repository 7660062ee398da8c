using Microsoft.Extensions.Diagnostics.HealthChecks;
using Network.ServiceDefaults.Health;

namespace Network.Gateway;

/// <summary>The gateway is ready only when every service behind it is: one check per cluster, on its
/// <c>/health</c>.</summary>
internal static class ServicesHealth
{
    public const string HttpClientName = "services-health";

    public static void AddServicesHealth(this WebApplicationBuilder builder)
    {
        // The client's own timeout bounds the shared resilience handler's retries: a check answers within 5 s.
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        var checks = builder.Services.AddHealthChecks();
        foreach (var service in GatewayClusters.All(builder.Configuration))
        {
            checks.Add(
                new HealthCheckRegistration(
                    $"service-{service}",
                    services => new ServiceHealthCheck(services.GetRequiredService<IHttpClientFactory>(), service),
                    HealthStatus.Unhealthy,
                    [HealthEndpoints.HealthTag]
                )
            );
        }
    }
}

internal sealed class ServiceHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            using var client = clients.CreateClient(ServicesHealth.HttpClientName);
            using var response = await client.GetAsync(new Uri($"http://{service}/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}.");
        }
        catch (Exception exception)
            when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{service} is unreachable.", exception);
        }
    }
}
