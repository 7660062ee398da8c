using Network.Benchmarks;

// Usage: Network.Benchmarks <results.md> [benchmark...]; with no names, every benchmark runs.
var output = args.Length > 0 ? args[0] : Path.Combine("bench", "results.md");
var only = args.Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
var benchmarks = new (string Name, Func<LocalPlatform, Task<IReadOnlyList<ResultRow>>> Measure)[]
{
    ("gateway", GatewayOverhead.MeasureAsync),
    ("directory", DirectorySearch.MeasureAsync),
    ("registrations", EventRegistrations.MeasureAsync),
    ("activity-delay", ActivityDelay.MeasureAsync),
    ("activity-overview", ActivityOverview.MeasureAsync),
};

await using var platform = await LocalPlatform.StartAsync();
var rows = new List<ResultRow>();
foreach (var (name, measure) in benchmarks.Where(b => only.Count == 0 || only.Contains(b.Name)))
{
    rows.AddRange(await measure(platform));
}

await ResultsTable.WriteAsync(output, rows);
Console.WriteLine(await File.ReadAllTextAsync(output));
