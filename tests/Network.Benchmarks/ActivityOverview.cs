using System.Globalization;

namespace Network.Benchmarks;

/// <summary>
/// The overview with 1,000,000 stored messages (<see cref="StoredActivity"/>: written straight into the activity
/// database, the read models rebuilt from them through the service's own rebuild), then
/// <c>GET /api/activity/overview</c> is timed with wrk.
/// </summary>
internal static class ActivityOverview
{
    private const int Connections = 8;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var rebuilt = await StoredActivity.WriteAndRebuildAsync(platform);
        var stored = rebuilt.Stored;
        var token = await platform.CoordinatorTokenAsync();

        var rows = new List<ResultRow>();
        foreach (
            var (query, label) in new[]
            {
                ("/api/activity/overview", "whole network, all time"),
                ("/api/activity/overview?from=2025-03-01&to=2025-05-31&commune=Nice", "one commune, one quarter"),
            }
        )
        {
            var script = Path.Combine(Path.GetTempPath(), $"network-activity-{Guid.NewGuid():N}.lua");
            await File.WriteAllTextAsync(script, $"wrk.headers[\"Authorization\"] = \"Bearer {token}\"\n");
            var url = new Uri(platform.Service("activity"), query);
            await WrkResult.RunAsync(url, 1, TimeSpan.FromSeconds(3), script);
            var alone = await WrkResult.RunAsync(url, 1, TimeSpan.FromSeconds(15), script);
            var loaded = await WrkResult.RunAsync(url, Connections, TimeSpan.FromSeconds(15), script);
            File.Delete(script);
            rows.Add(
                new(
                    $"overview ({label}) over {stored:N0} stored messages, one client, p50 / p99 (ms)",
                    Pair(alone),
                    "p99 ≤ 100 ms",
                    alone.Command
                )
            );
            rows.Add(
                new(
                    $"overview ({label}), {Connections} clients at once, p50 / p99 (ms), requests per second",
                    $"{Pair(loaded)}, {loaded.RequestsPerSecond:0}/s ({loaded.Non2xx} non-2xx)",
                    "0 non-2xx",
                    loaded.Command
                )
            );
        }

        rows.Add(
            new(
                $"rebuild of every read model from {stored:N0} stored messages (s)",
                rebuilt.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                "—",
                $"POST /api/activity/rebuild after {rebuilt.Written:N0} synthetic messages were written to the "
                    + "activity database"
            )
        );
        return rows;
    }

    private static string Pair(WrkResult run) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.P50Ms:0.0} / {run.P99Ms:0.0}");
}
