using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks;

/// <summary>
/// 1,000 writes in another service (a partner created by the coordinator in the partners service), one after the other:
/// for each, the time from the write's answer to the moment the activity overview counts it, polled every 2 ms.
/// </summary>
internal static class ActivityDelay
{
    private const int Writes = 1_000;

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        using var partners = new HttpClient { BaseAddress = platform.Service("partners") };
        using var activity = new HttpClient { BaseAddress = platform.Service("activity") };
        var delays = new List<double>(Writes);
        for (var index = 0; index < Writes; index++)
        {
            if (index % 100 == 0)
            {
                // Demo tokens are short-lived: renew them well before they expire.
                var token = new AuthenticationHeaderValue("Bearer", await platform.CoordinatorTokenAsync());
                partners.DefaultRequestHeaders.Authorization = token;
                activity.DefaultRequestHeaders.Authorization = token;
            }

            var before = await ActiveAsync(activity);
            using var created = await partners.PostAsJsonAsync(
                "/api/partners",
                new
                {
                    name = $"Espace numérique de quartier n°{index}",
                    kind = "centre-social",
                    address = new
                    {
                        street = $"{index + 1} avenue de la République",
                        postalCode = "06300",
                        commune = "Nice",
                    },
                }
            );
            created.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            while (await ActiveAsync(activity) <= before)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(1))
                {
                    throw new InvalidOperationException($"The overview never counted partner {index}.");
                }

                await Task.Delay(2);
            }

            delays.Add(clock.Elapsed.TotalMilliseconds);
        }

        delays.Sort();
        var command =
            "POST /api/partners (coordinator) then GET /api/activity/overview every 2 ms until partners.active "
            + $"moves, {Writes:N0} times in sequence";
        return
        [
            new(
                "delay from a partner created to the activity overview counting it, p50 (ms)",
                Percentile(delays, 0.50),
                "≤ 50 ms",
                command
            ),
            new(
                "delay from a partner created to the activity overview counting it, p99 (ms)",
                Percentile(delays, 0.99),
                "≤ 250 ms",
                command
            ),
        ];
    }

    private static string Percentile(List<double> sorted, double rank) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(rank * sorted.Count) - 1)]
            .ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task<int> ActiveAsync(HttpClient activity) =>
        (await activity.GetFromJsonAsync<JsonElement>(new Uri("/api/activity/overview", UriKind.Relative)))
            .GetProperty("partners")
            .GetProperty("active")
            .GetInt32();
}
