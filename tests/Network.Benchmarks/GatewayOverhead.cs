using System.Globalization;

namespace Network.Benchmarks;

/// <summary>
/// The same read (the partners directory, a database-backed list) sent to the service and through the
/// gateway at the same concurrency, alternating, several rounds; medians of each figure.
/// </summary>
internal static class GatewayOverhead
{
    private const int Rounds = 5;
    private const int Connections = 16;
    private const string Request = "/api/partners?pageSize=20";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var direct = new Uri(platform.Service("partners"), Request);
        var gateway = new Uri(platform.Gateway, Request);
        await WrkResult.RunAsync(direct, Connections, TimeSpan.FromSeconds(3));
        await WrkResult.RunAsync(gateway, Connections, TimeSpan.FromSeconds(3));

        var directRuns = new List<WrkResult>();
        var gatewayRuns = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            directRuns.Add((await WrkResult.RunAsync(direct, Connections, Duration)).AllSucceeded());
            gatewayRuns.Add((await WrkResult.RunAsync(gateway, Connections, Duration)).AllSucceeded());
        }

        var directRps = Stats.Median(directRuns.Select(run => run.RequestsPerSecond));
        var gatewayRps = Stats.Median(gatewayRuns.Select(run => run.RequestsPerSecond));
        var command =
            $"{gatewayRuns[0].Command} (and the same against the service), {Rounds} alternating rounds, medians";
        return
        [
            new("RPS direct to the partners service", Stats.Format(directRps), "", command),
            new("RPS through the gateway", Stats.Format(gatewayRps), "", command),
            new("gateway RPS ÷ direct RPS", Stats.Format(gatewayRps / directRps, "0.00"), "≥ 0.70", command),
            new(
                $"latency added by the gateway at {Connections} connections, p50",
                AddedLatency(directRuns, gatewayRuns, run => run.P50Ms),
                "",
                command
            ),
            new(
                $"latency added by the gateway at {Connections} connections, p99",
                AddedLatency(directRuns, gatewayRuns, run => run.P99Ms),
                "",
                command
            ),
        ];
    }

    private static string AddedLatency(
        List<WrkResult> direct,
        List<WrkResult> gateway,
        Func<WrkResult, double> percentile
    )
    {
        var added = Stats.Median(gateway.Select(percentile)) - Stats.Median(direct.Select(percentile));
        return $"{Stats.Format(added, "0.00")} ms";
    }
}
