using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Notices;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Network.ServiceDefaults.Telemetry;

/// <summary>What a service's database and broker add to the telemetry every deployable sends
/// (<see cref="WebDefaultsExtensions.AddHostDefaults"/>).</summary>
internal static class DataTelemetry
{
    // MassTransit's ActivitySource and Meter are both named after the library.
    private const string MassTransitInstrumentation = "MassTransit";

    public static void AddDataTelemetry(this IHostApplicationBuilder builder) =>
        builder
            .Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(MassTransitInstrumentation, NoticeSender.MeterName))
            .WithTracing(tracing =>
                tracing
                    .AddSource(MassTransitInstrumentation)
                    .AddSource(OutboxDiagnostics.SourceName)
                    .AddEntityFrameworkCoreInstrumentation()
            );
}
