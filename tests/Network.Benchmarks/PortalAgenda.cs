namespace Network.Benchmarks;

/// <summary>
/// The portal's agenda page through the gateway, over the 100,000 events of the event list: the page a visitor waits
/// for (the portal calls the events API, then the partners API for organisers' names), and the bytes a browser
/// downloads to show it.
/// </summary>
internal static class PortalAgenda
{
    private const int Rounds = 3;
    private const int Connections = 4;
    private const int PageSize = 10;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    // Three months rather than this month: near a month's end, "ce-mois-ci" would leave less than a page.
    private const string Filtered = "/ateliers?commune=Nice&periode=trois-mois";

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        await EventList.CreateOnceAsync(platform);
        var filtered = new Uri(platform.Gateway, Filtered);
        var weight = await PageWeight.MeasureAsync(filtered);
        if (weight.Cards < PageSize)
        {
            throw new InvalidOperationException(
                $"{Filtered} shows {weight.Cards} workshops, not a full page of {PageSize}."
            );
        }

        return
        [
            .. await LatencyAsync(filtered, "commune + three months, a full page"),
            .. await LatencyAsync(new Uri(platform.Gateway, "/ateliers"), "no filter: every workshop to come"),
            .. await LatencyAsync(
                filtered,
                "commune + three months, each request a new address that the portal's 5 s cache of public lists "
                    + "never holds",
                UncachedScript(Filtered)
            ),
            new(
                "bytes a browser downloads for the agenda page (the HTML, its stylesheets and scripts), compressed "
                    + "/ uncompressed",
                weight.ToString(),
                "≤ 60 KB",
                $"GET {Filtered} through the gateway with Accept-Encoding: gzip, br, then each <link rel=stylesheet "
                    + "href> and <script src> of the HTML the same way; bodies as received (Content-Length), and "
                    + "decoded; KB = 1,024 bytes"
            ),
        ];
    }

    private static async Task<IReadOnlyList<ResultRow>> LatencyAsync(Uri url, string filter, string? script = null)
    {
        await WrkResult.RunAsync(url, Connections, TimeSpan.FromSeconds(3), script);
        var runs = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            runs.Add((await WrkResult.RunAsync(url, Connections, Duration, script)).AllSucceeded());
        }

        var command =
            $"{runs[0].Command}{(script is null ? "" : " (a Lua script adds a random parameter the page ignores)")}, "
            + $"{Rounds} rounds, medians, {EventList.Events:N0} published events created by the benchmark";
        var figure = $"portal agenda page through the gateway over {EventList.Events:N0} events ({filter})";
        return
        [
            new($"{figure}, p50", $"{Stats.Median(runs.Select(run => run.P50Ms)):0.00} ms", "", command),
            new($"{figure}, p99", $"{Stats.Median(runs.Select(run => run.P99Ms)):0.00} ms", "≤ 50 ms", command),
        ];
    }

    /// <summary>A wrk script that asks for <paramref name="path"/> with a parameter of its own each time: no cached
    /// answer fits.</summary>
    private static string UncachedScript(string path)
    {
        var file = Path.Combine(Path.GetTempPath(), $"network-portal-uncached-{Guid.NewGuid():N}.lua");
        File.WriteAllText(
            file,
            $$"""
            request = function()
              return wrk.format("GET", "{{path}}&uncached=" .. math.random(1, 2000000000))
            end
            """
        );
        return file;
    }
}
