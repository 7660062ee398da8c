namespace Network.Benchmarks;

/// <summary>
/// The latency the gateway adds at a steady 200 requests a second (not at saturation): the same read sent at that
/// rate to the service and through the gateway, alternating, several rounds; medians of each percentile.
/// </summary>
internal static class GatewayAtRate
{
    private const int Rate = 200;
    private const int Rounds = 3;
    private const string Request = "/api/partners?pageSize=20";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var direct = new Uri(platform.Service("partners"), Request);
        var gateway = new Uri(platform.Gateway, Request);
        await HeyResult.RunAsync(gateway, Rate, TimeSpan.FromSeconds(3));
        var directRuns = new List<HeyResult>();
        var gatewayRuns = new List<HeyResult>();
        for (var round = 0; round < Rounds; round++)
        {
            directRuns.Add(await HeyResult.RunAsync(direct, Rate, Duration));
            gatewayRuns.Add(await HeyResult.RunAsync(gateway, Rate, Duration));
        }

        var command =
            $"{gatewayRuns[0].Command} (and the same against the service), {Rounds} alternating rounds, medians";
        return
        [
            new(
                $"latency added by the gateway at {Rate} requests/s, p50",
                Added(directRuns, gatewayRuns, run => run.P50Ms),
                "≤ 1 ms",
                command
            ),
            new(
                $"latency added by the gateway at {Rate} requests/s, p99",
                Added(directRuns, gatewayRuns, run => run.P99Ms),
                "≤ 5 ms",
                command
            ),
        ];
    }

    private static string Added(List<HeyResult> direct, List<HeyResult> gateway, Func<HeyResult, double> percentile)
    {
        var added = Stats.Median(gateway.Select(percentile)) - Stats.Median(direct.Select(percentile));
        return $"{Stats.Format(added, "0.00")} ms";
    }
}
