using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.Projection;

namespace Network.Benchmarks;

/// <summary>
/// The overview with 1,000,000 stored messages: the messages are written straight into the activity database, the read
/// models rebuilt from them through the service's own rebuild, then <c>GET /api/activity/overview</c> is timed with
/// wrk.
/// </summary>
internal static class ActivityOverview
{
    private const int Messages = 1_000_000;
    private const int Batch = 20_000;
    private const int Connections = 8;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var written = await WriteMessagesAsync(await platform.ConnectionStringAsync("activitydb"));
        var token = await platform.CoordinatorTokenAsync();
        using var activity = new HttpClient
        {
            BaseAddress = platform.Service("activity"),
            Timeout = TimeSpan.FromMinutes(30),
        };
        activity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var rebuilt = await activity.PostAsync(new Uri("/api/activity/rebuild", UriKind.Relative), null);
        rebuilt.EnsureSuccessStatusCode();
        var rebuild = await rebuilt.Content.ReadFromJsonAsync<JsonElement>();
        var stored = rebuild.GetProperty("messages").GetInt32();

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
                (rebuild.GetProperty("durationMs").GetInt64() / 1000.0).ToString("0.0", CultureInfo.InvariantCulture),
                "—",
                $"POST /api/activity/rebuild after {written:N0} synthetic messages were written to the activity "
                    + "database"
            )
        );
        return rows;
    }

    private static string Pair(WrkResult run) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.P50Ms:0.0} / {run.P99Ms:0.0}");

    /// <summary>Writes the synthetic messages as the service stores them; the service's own messages stay beside
    /// them.</summary>
    private static async Task<int> WriteMessagesAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ActivityDbContext>().UseSqlite(connectionString).Options;
        var clock = Stopwatch.StartNew();
        var written = 0;
        foreach (var chunk in SyntheticActivity.Messages(Messages, seed: 20261129).Chunk(Batch))
        {
            await using var db = new ActivityDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.ReceivedMessages.AddRange(
                chunk.Select(message =>
                    ReceivedMessage.Create(
                        Guid.CreateVersion7(),
                        MessageCatalogue.NameOf(message),
                        MessageCatalogue.AggregateOf(message),
                        message.OccurredAt,
                        DateTimeOffset.UtcNow,
                        MessageCatalogue.Serialize(message)
                    )
                )
            );
            await db.SaveChangesAsync();
            written += chunk.Length;
        }

        Console.WriteLine($"{written:N0} messages written in {clock.Elapsed.TotalSeconds:0} s");
        return written;
    }
}
