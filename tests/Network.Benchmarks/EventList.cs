using System.Net.Http.Headers;

namespace Network.Benchmarks;

/// <summary>
/// The public event list over 100,000 events that the benchmark creates through the API (daily series of a year,
/// across categories and communes, all published), filtered by category, commune and a month, one page.
/// </summary>
internal static class EventList
{
    public const int Events = 100_000;
    private const int PerSeries = 366;
    private const int Rounds = 3;
    private const int Connections = 4;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    private static readonly string[] Categories =
    [
        "cafe-ia",
        "atelier-numerique",
        "acces-aux-droits",
        "parentalite",
        "seniors",
        "jeunesse",
        "radio-podcast",
        "aide-aux-devoirs",
    ];
    private static readonly (string PostalCode, string Commune)[] Communes =
    [
        ("06000", "Nice"),
        ("06400", "Cannes"),
        ("06600", "Antibes"),
        ("06130", "Grasse"),
        ("06500", "Menton"),
        ("06800", "Cagnes-sur-Mer"),
        ("06510", "Carros"),
    ];

    private static Task? _creation;

    /// <summary>
    /// The 100,000 events, created by whichever benchmark of the run needs them first (this one, or the portal's agenda
    /// when it runs alone): creating them takes minutes, and twice would also double what the others measure over.
    /// </summary>
    public static Task CreateOnceAsync(LocalPlatform platform) => _creation ??= CreateAsync(platform);

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var service = platform.Service("events");
        await CreateOnceAsync(platform);
        var month = DateTimeOffset.UtcNow.AddDays(60);
        var url = new Uri(
            service,
            "/api/events?category=atelier-numerique&commune=Nice"
                + $"&from={month:yyyy-MM-dd}T00:00:00Z&to={month.AddDays(30):yyyy-MM-dd}T00:00:00Z&pageSize=20"
        );
        await WrkResult.RunAsync(url, Connections, TimeSpan.FromSeconds(3));
        var runs = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            runs.Add((await WrkResult.RunAsync(url, Connections, Duration)).AllSucceeded());
        }

        var command =
            $"{runs[0].Command}, {Rounds} rounds, medians, {Events:N0} published events created by the benchmark";
        return
        [
            new(
                $"event list over {Events:N0} events (category + commune + a month, one page), p50",
                $"{Stats.Median(runs.Select(run => run.P50Ms)):0.00} ms",
                "",
                command
            ),
            new(
                $"event list over {Events:N0} events (category + commune + a month, one page), p99",
                $"{Stats.Median(runs.Select(run => run.P99Ms)):0.00} ms",
                "≤ 50 ms",
                command
            ),
        ];
    }

    private static async Task CreateAsync(LocalPlatform platform)
    {
        using var events = new HttpClient
        {
            BaseAddress = platform.Service("events"),
            Timeout = TimeSpan.FromMinutes(2),
        };
        events.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await platform.TokenAsync("mediateur.moulins")
        );
        var created = 0;
        for (var series = 0; created < Events; series++)
        {
            var count = Math.Min(PerSeries, Events - created);
            var first = await Api.PostAsync(events, "/api/events", Body(series, count));
            var seriesId = first.GetProperty("seriesId").GetGuid();
            (
                await events.PostAsync(new Uri($"/api/events/series/{seriesId}/publish", UriKind.Relative), null)
            ).EnsureSuccessStatusCode();
            created += count;
        }

        await Settle.WaitAsync(platform);
    }

    private static object Body(int series, int count)
    {
        var (postalCode, commune) = Communes[series % Communes.Length];
        var startsAt = DateTimeOffset.UtcNow.Date.AddDays(1 + (series % 30)).AddHours(8 + (series % 10));
        return new
        {
            title = $"Atelier n°{series}",
            category = Categories[series % Categories.Length],
            startsAt = new DateTimeOffset(startsAt, TimeSpan.Zero),
            endsAt = new DateTimeOffset(startsAt.AddHours(2), TimeSpan.Zero),
            location = new
            {
                name = "Espace numérique",
                postalCode,
                commune,
            },
            capacity = 12,
            recurrence = new { frequency = "daily", count },
        };
    }
}
