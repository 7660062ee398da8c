using Network.Benchmarks;

// Usage: Network.Benchmarks <results.md>
var output = args.Length > 0 ? args[0] : Path.Combine("bench", "results.md");
await using var platform = await LocalPlatform.StartAsync();
var rows = new List<ResultRow>();
rows.AddRange(await GatewayOverhead.MeasureAsync(platform));
rows.AddRange(await DirectorySearch.MeasureAsync(platform));
await ResultsTable.WriteAsync(output, rows);
Console.WriteLine(await File.ReadAllTextAsync(output));
