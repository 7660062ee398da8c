using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Network.Benchmarks;

/// <summary>One run of <c>wrk</c> (the HTTP load generator from the system's packages) and what it measured.</summary>
internal sealed partial record WrkResult(
    double RequestsPerSecond,
    double P50Ms,
    double P99Ms,
    long Non2xx,
    string Command,
    double Seconds
)
{
    /// <param name="script">A Lua script that shapes the requests (wrk's <c>-s</c>), if any.</param>
    public static async Task<WrkResult> RunAsync(Uri url, int connections, TimeSpan duration, string? script = null)
    {
        var arguments = string.Create(
            CultureInfo.InvariantCulture,
            $"--threads {Math.Min(2, connections)} --connections {connections} --duration "
                + $"{(int)duration.TotalSeconds}s --latency {(script is null ? "" : $"--script {script} ")}{url}"
        );
        var start = new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        if (wrk.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed: {output}");
        }

        return new WrkResult(
            double.Parse(RequestsPerSecondPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50"),
            Percentile(output, "99"),
            Non2xxPattern().Match(output) is { Success: true } non2xx
                ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture)
                : 0,
            $"wrk {arguments}",
            Elapsed(output)
        );
    }

    private static double Percentile(string output, string percentile)
    {
        var match = Regex.Match(
            output,
            $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$",
            RegexOptions.Multiline,
            TimeSpan.FromSeconds(1)
        );
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    /// <summary>This run, when every answer was 2xx; otherwise the figures would not measure the work asked
    /// for.</summary>
    public WrkResult AllSucceeded() =>
        Non2xx == 0 ? this : throw new InvalidOperationException($"{Non2xx} answers were not 2xx: {Command}");

    /// <summary>How long the run lasted, from "N requests in 10.01s".</summary>
    private static double Elapsed(string output)
    {
        var match = ElapsedPattern().Match(output);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "ms" => value / 1000,
            "m" => value * 60,
            _ => value,
        };
    }

    [GeneratedRegex(@"requests in ([\d.]+)(ms|s|m),")]
    private static partial Regex ElapsedPattern();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xxPattern();
}
