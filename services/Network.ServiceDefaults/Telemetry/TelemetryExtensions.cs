using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.ServiceDefaults.Health;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Network.ServiceDefaults.Telemetry;

internal static class TelemetryExtensions
{
    // Each metric stream reserves its points up front: 2,000 by default, about 14 MB over the ~80 instruments of a
    // service. The widest stream here is the request duration, at most some 300 points (about 20 routes by the status
    // codes and protocol versions each answers); measurements past the limit still count, under an overflow attribute.
    internal const int MetricPointsPerStream = 500;

    public static void AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder
            .Services.AddOpenTelemetry()
            .WithMetrics(metrics =>
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddView(_ => new MetricStreamConfiguration { CardinalityLimit = MetricPointsPerStream })
            )
            .WithTracing(tracing =>
                tracing
                    .AddSource(builder.Environment.ApplicationName)
                    .AddAspNetCoreInstrumentation(options =>
                        options.Filter = context => !HealthEndpoints.IsHealthPath(context.Request.Path)
                    )
                    .AddHttpClientInstrumentation()
            );

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        builder.Services.AddSingleton<System.Diagnostics.DistributedContextPropagator>(
            new CorrelationIdPropagator(System.Diagnostics.DistributedContextPropagator.CreateDefaultPropagator())
        );
    }
}
