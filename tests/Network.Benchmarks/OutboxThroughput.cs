using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Contracts.Events;

namespace Network.Benchmarks;

/// <summary>
/// Messages through one service pair: 20,000 event facts committed at once into the events service's outbox, published
/// by its dispatcher through the broker, and stored by the activity service's consumer. Timed from the commit to the
/// last one stored; the moment the outbox is empty is noted too, to tell the publishing side from the consuming side.
/// </summary>
internal static class OutboxThroughput
{
    private const int Messages = 20_000;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var before = await platform.CountAsync("activitydb", "SELECT COUNT(*) FROM \"ReceivedMessages\"");
        await WriteOutboxAsync(await platform.OptionsAsync<ActivityDbContext>("eventsdb"));

        // The rows were written behind the dispatcher's back: a write through the API wakes it, as any commit would.
        var processes = platform.ServiceProcesses();
        var cpuBefore = CpuSeconds(processes);
        var clock = Stopwatch.StartNew();
        await WakeDispatcherAsync(platform);
        TimeSpan? published = null;
        long received;
        var reported = 0L;
        do
        {
            await Task.Delay(20);
            var pending = await platform.CountAsync(
                "eventsdb",
                "SELECT COUNT(*) FROM \"OutboxMessages\" WHERE \"SentAt\" IS NULL"
            );
            published ??= pending == 0 ? clock.Elapsed : null;
            received = await platform.CountAsync("activitydb", "SELECT COUNT(*) FROM \"ReceivedMessages\"") - before;
            if (clock.ElapsedMilliseconds / 1000 != reported)
            {
                reported = clock.ElapsedMilliseconds / 1000;
                Console.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: {pending} in the outbox, {received} stored");
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new InvalidOperationException($"Only {received} of {Messages} messages arrived in 10 minutes.");
            }
        } while (received < Messages);

        var consumed = clock.Elapsed;
        var cpu = CpuSeconds(processes);

        // Wall time depends on what else the machine runs; the processor time each side spent per message much less so.
        var perMessage = string.Create(
            CultureInfo.InvariantCulture,
            $"processor time per message: events {(cpu["events"] - cpuBefore["events"]) * 1e6 / Messages:0} µs, "
                + $"activity {(cpu["activity"] - cpuBefore["activity"]) * 1e6 / Messages:0} µs"
        );
        var command =
            $"{Messages:N0} event facts committed at once into the events service's outbox; from the commit to the "
            + "last stored by the activity service (rows counted every 20 ms)";
        return
        [
            new(
                $"messages through outbox → broker → consumer (events → activity, {Messages:N0} messages), per second",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Messages / consumed.TotalSeconds:0} (outbox empty after "
                        + $"{(published ?? consumed).TotalSeconds:0.0} s, last stored after "
                        + $"{consumed.TotalSeconds:0.0} s; {perMessage})"
                ),
                "≥ 2,000/s",
                command
            ),
        ];
    }

    /// <summary>The messages as the events service would queue them, in one transaction.</summary>
    private static async Task WriteOutboxAsync(DbContextOptions<ActivityDbContext> options)
    {
        // Any service's context maps the outbox the same way; only that table of the events database is touched.
        await using var db = new ActivityDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (
            var message in SyntheticActivity
                .Messages(int.MaxValue, seed: 20261130)
                .Where(message =>
                    message is EventPublished or RegistrationConfirmed or AttendanceRecorded or EventCompleted
                )
                .Take(Messages)
        )
        {
            db.Publish(message, TimeProvider.System);
        }

        await db.SaveChangesAsync();
    }

    private static async Task WakeDispatcherAsync(LocalPlatform platform)
    {
        using var events = new HttpClient { BaseAddress = platform.Service("events") };
        events.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await platform.TokenAsync("mediateur.moulins")
        );
        var startsAt = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(3).AddHours(9), TimeSpan.Zero);
        var created = await Api.PostAsync(
            events,
            "/api/events",
            new
            {
                title = "Atelier de mesure",
                category = "atelier-numerique",
                startsAt,
                endsAt = startsAt.AddHours(2),
                location = new
                {
                    name = "Espace numérique",
                    postalCode = "06000",
                    commune = "Nice",
                },
                capacity = 12,
            }
        );
        var id = created.GetProperty("id").GetGuid();
        (
            await events.PostAsync(new Uri($"/api/events/{id}/publish", UriKind.Relative), null)
        ).EnsureSuccessStatusCode();
    }

    /// <summary>User and system processor time of each service process so far, from <c>/proc/pid/stat</c>.</summary>
    private static Dictionary<string, double> CpuSeconds(IReadOnlyDictionary<string, int> processes) =>
        processes.ToDictionary(
            pair => pair.Key,
            pair =>
            {
                var stat = File.ReadAllText($"/proc/{pair.Value}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return (
                        long.Parse(fields[11], CultureInfo.InvariantCulture)
                        + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    ) / 100.0;
            }
        );
}
