using Network.Benchmarks;

// Usage: Network.Benchmarks <results.md> [benchmark...]; with no names, every benchmark runs.
var output = args.Length > 0 ? args[0] : Path.Combine("bench", "results.md");
var only = args.Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
var benchmarks = new (string Name, Func<LocalPlatform, Task<IReadOnlyList<ResultRow>>> Measure)[]
{
    ("gateway", GatewayOverhead.MeasureAsync),
    ("gateway-rate", GatewayAtRate.MeasureAsync),
    ("directory", DirectorySearch.MeasureAsync),
    ("registrations", EventRegistrations.MeasureAsync),
    ("reservations", Reservations.MeasureAsync),
    ("event-list", EventList.MeasureAsync),
    ("portal", PortalAgenda.MeasureAsync),
    ("activity-delay", ActivityDelay.MeasureAsync),
    ("activity-overview", ActivityOverview.MeasureAsync),
    ("portal-dashboard", PortalDashboard.MeasureAsync),
    ("outbox-throughput", OutboxThroughput.MeasureAsync),
};

await using var platform = await LocalPlatform.StartAsync();
var rows = new List<ResultRow>
{
    new(
        "`network.sh run` to all resources healthy (app host start to the gateway healthy, built beforehand)",
        $"{platform.Startup.TotalSeconds:0} s",
        "≤ 60 s",
        "the benchmark's own start of the platform in local mode"
    ),
};
await using var memory = await Memory.StartAsync(platform);
foreach (var (name, measure) in benchmarks.Where(b => only.Count == 0 || only.Contains(b.Name)))
{
    await Settle.WaitAsync(platform);
    rows.AddRange(await measure(platform));
}

rows.AddRange(await memory.StopAsync());
await ResultsTable.WriteAsync(output, rows);
Console.WriteLine(await File.ReadAllTextAsync(output));
