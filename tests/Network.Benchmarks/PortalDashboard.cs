namespace Network.Benchmarks;

/// <summary>
/// The coordinator's dashboard page of the portal through the gateway, for the whole network over a year, with a
/// million stored messages in the activity service (<see cref="StoredActivity"/>): the page a signed-in coordinator
/// waits for while the portal asks the activity service for the year's figures.
/// </summary>
internal static class PortalDashboard
{
    /// <summary>
    /// The whole network (no commune, no structure) over 2025, the year the synthetic messages fill. The period the
    /// page shows by default, the last twelve months (<c>periode=12-derniers-mois</c>), would hold only their last
    /// weeks: they are dated from January 2025 on.
    /// </summary>
    private const string Page = "/coordination?periode=dates&du=2025-01-01&au=2025-12-31";

    private const string Coordinator = "coordinatrice";
    private const string Heading = "Tableau de bord du réseau";

    /// <summary>The title of the page's error summary, when the activity service could not give the figures.</summary>
    private const string NoFigures = "Les chiffres n'ont pas pu être affichés";

    /// <summary>What a delivery does to the activity service's kept answers (<c>FiguresMemo</c>): it moves the read
    /// models' version on.</summary>
    private const string ReadModelsChanged = "UPDATE \"ReadModelState\" SET \"Version\" = \"Version\" + 1";

    private const int FreshViews = 20;
    private const int Rounds = 3;
    private const int Connections = 4;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    public static async Task<IReadOnlyList<ResultRow>> MeasureAsync(LocalPlatform platform)
    {
        var stored = await StoredActivity.AtLeastAMillionAsync(platform);
        var url = new Uri(platform.Gateway, Page);
        var session = await PortalSession.SignInAsync(platform.Gateway, Coordinator, Page);
        await ShowsTheDashboardAsync(session, url);
        var script = Path.Combine(Path.GetTempPath(), $"network-portal-dashboard-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, $"wrk.headers[\"Cookie\"] = {LuaString(session.Cookies)}\n");
        try
        {
            await WrkResult.RunAsync(url, 1, TimeSpan.FromSeconds(3), script);
            var alone = await RoundsAsync(url, 1, script);
            var loaded = await RoundsAsync(url, Connections, script);
            var fresh = await FreshViewsAsync(platform, session, url);

            // wrk counts a redirect as an answer: the session still shows the page, so none was the sign-in's.
            await ShowsTheDashboardAsync(session, url);
            var figure =
                $"coordinator's dashboard page through the gateway (whole network, the year 2025) over {stored:N0} "
                + "stored messages";
            return
            [
                new(
                    $"{figure}, one client, p50 / p99 (ms)",
                    alone.Non2xx == 0 ? alone.Latency : $"{alone.Latency} ({alone.Non2xx} non-2xx)",
                    "p99 ≤ 150 ms",
                    Described(alone.Command)
                ),
                new(
                    $"{figure}, the read models changed before each view, one client, p50 / slowest of "
                        + $"{FreshViews} (ms)",
                    $"{Stats.Format(Stats.Median(fresh), "0.0")} / {Stats.Format(fresh.Max(), "0.0")}",
                    "— (every answer computed afresh)",
                    $"{FreshViews} views of {Page} in sequence, each after `{ReadModelsChanged}` in the activity "
                        + "database, as a delivery does"
                ),
                new(
                    $"{figure}, {Connections} clients at once, p50 / p99 (ms), requests per second",
                    $"{loaded.Latency}, {Stats.Format(loaded.RequestsPerSecond)}/s ({loaded.Non2xx} non-2xx)",
                    "0 non-2xx",
                    Described(loaded.Command)
                ),
            ];
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Described(string wrk) =>
        $"{wrk} (a Lua script sends the Cookie header of {Coordinator}'s portal session, signed in through the "
        + $"gateway and the identity provider's login form), {Rounds} rounds, medians";

    private static string LuaString(string value) =>
        $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    /// <summary>The page itself, its figures shown: not the sign-in, not a "Page introuvable", not an error.</summary>
    private static async Task ShowsTheDashboardAsync(PortalSession session, Uri url)
    {
        var html = await session.PageAsync(url);
        if (!html.Contains(Heading, StringComparison.Ordinal) || html.Contains(NoFigures, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} is not the dashboard with its figures:\n{html}");
        }
    }

    /// <summary>The page's time, in milliseconds, when no answer of the activity service is kept.</summary>
    private static async Task<List<double>> FreshViewsAsync(LocalPlatform platform, PortalSession session, Uri url)
    {
        var times = new List<double>();
        for (var view = 0; view < FreshViews; view++)
        {
            await platform.ExecuteAsync("activitydb", ReadModelsChanged);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await session.PageAsync(url);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<Measured> RoundsAsync(Uri url, int connections, string script)
    {
        var runs = new List<WrkResult>();
        for (var round = 0; round < Rounds; round++)
        {
            runs.Add(await WrkResult.RunAsync(url, connections, Duration, script));
        }

        return new Measured(
            $"{Stats.Format(Stats.Median(runs.Select(run => run.P50Ms)), "0.0")} / "
                + $"{Stats.Format(Stats.Median(runs.Select(run => run.P99Ms)), "0.0")}",
            Stats.Median(runs.Select(run => run.RequestsPerSecond)),
            runs.Sum(run => run.Non2xx),
            runs[0].Command
        );
    }

    /// <param name="Latency">The medians of the rounds' p50 and p99, in milliseconds.</param>
    /// <param name="Non2xx">The answers of every round that were neither 2xx nor 3xx.</param>
    private sealed record Measured(string Latency, double RequestsPerSecond, long Non2xx, string Command);
}
