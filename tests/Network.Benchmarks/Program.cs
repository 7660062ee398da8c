using Network.Benchmarks;

// Usage: Network.Benchmarks <results.md> [benchmark...]; with no names, every benchmark runs.
var output = args.Length > 0 ? args[0] : Path.Combine("bench", "results.md");
var only = args.Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
var benchmarks = new (string Name, Func<LocalPlatform, Task<IReadOnlyList<ResultRow>>> Measure)[]
{
    ("gateway", GatewayOverhead.MeasureAsync),
    ("gateway-rate", GatewayAtRate.MeasureAsync),
    ("registrations", EventRegistrations.MeasureAsync),
    ("reservations", Reservations.MeasureAsync),
    ("event-list", EventList.MeasureAsync),
    ("portal", PortalAgenda.MeasureAsync),
    ("activity-delay", ActivityDelay.MeasureAsync),
    ("activity-overview", ActivityOverview.MeasureAsync),
    ("portal-dashboard", PortalDashboard.MeasureAsync),
    ("outbox-throughput", OutboxThroughput.MeasureAsync),
    // Last: the 10,000 structures it registers are not the network whose year the activity rows measure.
    ("directory", DirectorySearch.MeasureAsync),
};

// The figures a database bounds: measured on SQLite, then again on PostgreSQL, side by side.
var databaseBound = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
{
    "directory",
    "registrations",
    "reservations",
    "event-list",
    "activity-delay",
    "activity-overview",
    "portal-dashboard",
    "outbox-throughput",
};
var selected = benchmarks.Where(b => only.Count == 0 || only.Contains(b.Name)).ToList();
var rows = new List<ResultRow>();
await using (var platform = await LocalPlatform.StartAsync())
{
    rows.Add(
        new(
            "`network.sh run` to all resources healthy (app host start to the gateway healthy, built beforehand)",
            $"{platform.Startup.TotalSeconds:0} s",
            "≤ 60 s",
            "the benchmark's own start of the platform in local mode"
        )
    );
    await using var memory = await Memory.StartAsync(platform);
    foreach (var (name, measure) in selected)
    {
        await Settle.WaitAsync(platform);
        rows.AddRange(await MeasureAsync(name, measure, platform));
    }

    rows.AddRange(await memory.StopAsync());
}

// Written once SQLite's figures are in, so that a failure on PostgreSQL keeps them.
await ResultsTable.WriteAsync(output, rows);

var onPostgreSql = selected.Where(b => databaseBound.Contains(b.Name)).ToList();
if (onPostgreSql.Count > 0)
{
    await using var platform = await LocalPlatform.StartAsync(postgreSql: true);
    rows[0] = rows[0] with { PostgreSql = $"{platform.Startup.TotalSeconds:0} s" };
    foreach (var (name, measure) in onPostgreSql)
    {
        await Settle.WaitAsync(platform);
        foreach (var row in await MeasureAsync(name, measure, platform))
        {
            var same = rows.FindIndex(r => SameFigure(r.Figure, row.Figure) && r.PostgreSql is null);
            if (same >= 0)
            {
                rows[same] = rows[same] with { PostgreSql = row.Measured };
            }
            else
            {
                rows.Add(row with { Measured = "", PostgreSql = row.Measured });
            }
        }
    }
}

await ResultsTable.WriteAsync(output, rows);
Console.WriteLine(await File.ReadAllTextAsync(output));

// A benchmark that fails leaves a row saying so, and the others still run.
static async Task<IReadOnlyList<ResultRow>> MeasureAsync(
    string name,
    Func<LocalPlatform, Task<IReadOnlyList<ResultRow>>> measure,
    LocalPlatform platform
)
{
    try
    {
        return await measure(platform);
    }
    catch (Exception exception) when (exception is not OutOfMemoryException)
    {
        Console.Error.WriteLine($"The benchmark {name} failed: {exception}");
        var reason = exception.Message.Split('\n')[0];
        return [new ResultRow($"{name}: failed", $"failed: {reason}", "", $"Network.Benchmarks {name}")];
    }
}

// The same figure on both databases, whatever the counts in its words (the messages each activity service stores).
static bool SameFigure(string sqlite, string postgreSql) =>
    System.Text.RegularExpressions.Regex.Replace(sqlite, "[0-9][0-9,]*", "#")
    == System.Text.RegularExpressions.Regex.Replace(postgreSql, "[0-9][0-9,]*", "#");
