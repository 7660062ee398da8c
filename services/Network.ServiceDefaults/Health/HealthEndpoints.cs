using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Health;

/// <summary>
/// <c>/alive</c> says the process runs (liveness); <c>/ready</c> says it can take requests (readiness: a service's
/// database, nothing for the gateway and the portal); <c>/health</c> says everything it depends on answers
/// (monitoring: the broker too, and for the gateway every service behind it). A broker outage, which the outbox is
/// built to survive, fails <c>/health</c> but never <c>/ready</c>: a readiness probe on it would take every replica
/// out of service at once.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/alive";
    public const string ReadyPath = "/ready";
    public const string HealthPath = "/health";

    /// <summary>Tag of the checks that <c>/health</c> waits for; MassTransit tags its bus check the same way.</summary>
    public const string HealthTag = "ready";

    /// <summary>Tag of the checks that <c>/ready</c> waits for too: what a replica cannot serve a request
    /// without.</summary>
    public const string ReadinessTag = "readiness";

    private const string LiveTag = "live";

    internal static bool IsHealthPath(PathString path) =>
        path.StartsWithSegments(LivePath) || path.StartsWithSegments(ReadyPath) || path.StartsWithSegments(HealthPath);

    internal static void AddDefaultHealthChecks(this IHostApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

    internal static void MapDefaultHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        // Without any check of its own (the gateway, the portal), /ready is the process itself: healthy.
        app.MapHealthChecks(ReadyPath, Options(ReadinessTag)).AllowAnonymous();
        app.MapHealthChecks(HealthPath, Options(HealthTag)).AllowAnonymous();
    }

    // Degraded is not healthy: MassTransit reports a bus that lost its broker as degraded.
    private static HealthCheckOptions Options(string tag) =>
        new()
        {
            Predicate = check => check.Tags.Contains(tag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        };
}
