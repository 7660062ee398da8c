using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks;

/// <summary>
/// 1,000 writes in another service (an event published by the events service), one after the other: for each, the time
/// from the write's answer to the moment the activity overview counts it, polled every few milliseconds.
/// </summary>
internal static class ActivityDelay
{
    private const int Writes = 1_000;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        using var events = new HttpClient { BaseAddress = platform.Service("events") };
        events.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync("mediateur.moulins"));
        using var activity = new HttpClient { BaseAddress = platform.Service("activity") };
        activity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.CoordinatorTokenAsync());

        var delays = new List<double>(Writes);
        for (var index = 0; index < Writes; index++)
        {
            if (index % 100 == 99)
            {
                // Demo tokens are short-lived: renew them well before they expire.
                events.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync("mediateur.moulins"));
                activity.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.CoordinatorTokenAsync());
            }

            var draft = await DraftAsync(events, index);
            var before = await PublishedAsync(activity);
            using var published = await events.PostAsync(new Uri($"/api/events/{draft}/publish", UriKind.Relative), null);
            published.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            while (await PublishedAsync(activity) <= before)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(1))
                {
                    throw new InvalidOperationException($"The overview never counted publication {index}.");
                }

                await Task.Delay(2);
            }

            delays.Add(clock.Elapsed.TotalMilliseconds);
        }

        delays.Sort();
        var command = $"POST /api/events/{{id}}/publish then GET /api/activity/overview every 2 ms until events.published moves, {Writes:N0} times in sequence";
        return
        [
            new("delay from an event published to the overview counting it, p50 (ms)", Percentile(delays, 0.50), "< 1,000 ms", command),
            new("delay from an event published to the overview counting it, p99 (ms)", Percentile(delays, 0.99), "< 5,000 ms", command),
        ];
    }

    private static string Percentile(List<double> sorted, double rank)
        => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(rank * sorted.Count) - 1)].ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task<int> PublishedAsync(HttpClient activity)
        => (await activity.GetFromJsonAsync<JsonElement>(new Uri("/api/activity/overview", UriKind.Relative))).GetProperty("events").GetProperty("published").GetInt32();

    private static async Task<Guid> DraftAsync(HttpClient events, int index)
    {
        var startsAt = DateTimeOffset.UtcNow.AddDays(3 + (index % 30));
        var body = new
        {
            title = $"Permanence numérique n°{index}",
            category = "acces-aux-droits",
            startsAt,
            endsAt = startsAt.AddHours(2),
            location = new { name = "Centre social Les Moulins", postalCode = "06200", commune = "Nice" },
            capacity = 8,
        };

        // Right after start, the events service may not have heard of the demo partners yet (403): it will.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var created = await events.PostAsJsonAsync("/api/events", body);
        while (created.StatusCode == System.Net.HttpStatusCode.Forbidden && DateTime.UtcNow < deadline)
        {
            created.Dispose();
            await Task.Delay(500);
            created = await events.PostAsJsonAsync("/api/events", body);
        }

        using var answer = created;
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
