using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Telemetry;
using OpenTelemetry.Metrics;

namespace Network.ServiceDefaults.Tests.Unit;

/// <summary>Every metric stream keeps at most its limit of points; what comes past it is still counted.</summary>
public sealed class MetricLimitsTests
{
    [Fact]
    public void Measurements_past_the_limit_count_under_the_overflow_point()
    {
        var meterName = $"Network.Tests.{Guid.NewGuid():N}";
        var exported = new List<MetricSnapshot>();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddTelemetry();
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics =>
            metrics.AddMeter(meterName).AddInMemoryExporter(exported)
        );
        using var host = builder.Build();
        var provider = host.Services.GetRequiredService<MeterProvider>();

        using var meter = new Meter(meterName);
        var requests = meter.CreateCounter<long>("requests");
        var distinct = TelemetryExtensions.MetricPointsPerStream * 2;
        for (var i = 0; i < distinct; i++)
        {
            requests.Add(1, new KeyValuePair<string, object?>("route", $"/api/{i}"));
        }

        provider.ForceFlush();

        var points = Assert.Single(exported, metric => metric.Name == "requests").MetricPoints;
        Assert.InRange(
            points.Count,
            TelemetryExtensions.MetricPointsPerStream - 1,
            TelemetryExtensions.MetricPointsPerStream + 1
        );
        Assert.Equal(distinct, points.Sum(point => point.GetSumLong()));
        Assert.Contains(points, point => HasTag(point, "otel.metric.overflow"));
    }

    private static bool HasTag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return true;
            }
        }

        return false;
    }
}
