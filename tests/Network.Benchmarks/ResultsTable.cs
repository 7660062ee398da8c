namespace Network.Benchmarks;

/// <param name="Measured">On SQLite, the local mode's default (or a figure no database bounds).</param>
/// <param name="PostgreSql">The same figure on PostgreSQL, for the rows a database bounds.</param>
internal sealed record ResultRow(
    string Figure,
    string Measured,
    string Target,
    string Command,
    string? PostgreSql = null
);

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
                + "platform in local mode, by `./network.sh bench`: every row on SQLite, the local mode's default, and "
                + "the rows a database bounds again on a private PostgreSQL cluster (`Database=PostgreSql`).",
            "",
            "| figure | measured (SQLite) | measured (PostgreSQL) | target | command |",
            "|---|---|---|---|---|",
        };
        lines.AddRange(
            rows.Select(row => $"| {row.Figure} | {row.Measured} | {row.PostgreSql} | {row.Target} | `{row.Command}` |")
        );
        await File.WriteAllLinesAsync(path, lines);
    }
}
