namespace Network.Benchmarks;

internal sealed record ResultRow(string Figure, string Measured, string Target, string Command);

/// <summary>Writes the figures as the Markdown table of <c>bench/results.md</c>.</summary>
internal static class ResultsTable
{
    public static async Task WriteAsync(string path, IReadOnlyList<ResultRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var lines = new List<string>
        {
            "# Benchmark results",
            "",
            $"Measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, "
                + "platform in local mode, by `./network.sh bench`.",
            "",
            "| figure | measured | target | command |",
            "|---|---|---|---|",
        };
        lines.AddRange(rows.Select(row => $"| {row.Figure} | {row.Measured} | {row.Target} | `{row.Command}` |"));
        await File.WriteAllLinesAsync(path, lines);
    }
}
