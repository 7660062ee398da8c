using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Health;

/// <summary><c>/alive</c> says the process runs; <c>/health</c> says it can serve (database and broker
/// reachable).</summary>
public static class HealthEndpoints
{
    public const string LivePath = "/alive";
    public const string ReadyPath = "/health";

    /// <summary>Tag of the checks that <c>/health</c> waits for; MassTransit tags its bus check the same way.</summary>
    public const string ReadyTag = "ready";

    private const string LiveTag = "live";

    internal static bool IsHealthPath(PathString path) =>
        path.StartsWithSegments(LivePath) || path.StartsWithSegments(ReadyPath);

    internal static void AddDefaultHealthChecks(this IHostApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

    internal static void MapDefaultHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        // Degraded is not ready: MassTransit reports a bus that lost its broker as degraded.
        app.MapHealthChecks(
                ReadyPath,
                new HealthCheckOptions
                {
                    Predicate = check => check.Tags.Contains(ReadyTag),
                    ResultStatusCodes =
                    {
                        [HealthStatus.Healthy] = StatusCodes.Status200OK,
                        [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
                    },
                }
            )
            .AllowAnonymous();
    }
}
