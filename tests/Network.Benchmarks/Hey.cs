using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Network.Benchmarks;

/// <summary>One run of <c>hey</c> (an HTTP load generator from the system's packages) at a fixed rate, and its
/// latencies.</summary>
internal sealed partial record HeyResult(double P50Ms, double P99Ms, string Command)
{
    /// <summary>Sends <paramref name="requestsPerSecond"/> requests a second for <paramref name="duration"/>, spread
    /// over 4 workers.</summary>
    public static async Task<HeyResult> RunAsync(Uri url, int requestsPerSecond, TimeSpan duration)
    {
        const int Workers = 4;
        var arguments = string.Create(
            CultureInfo.InvariantCulture,
            $"-z {(int)duration.TotalSeconds}s -c {Workers} -q {requestsPerSecond / Workers} {url}"
        );
        var start = new ProcessStartInfo("hey", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
        using var hey = Process.Start(start) ?? throw new InvalidOperationException("hey did not start.");
        var output = await hey.StandardOutput.ReadToEndAsync();
        await hey.WaitForExitAsync();
        if (hey.ExitCode != 0 || !output.Contains("[200]", StringComparison.Ordinal) || NonSuccess().IsMatch(output))
        {
            throw new InvalidOperationException($"hey failed or saw errors: {output}");
        }

        return new HeyResult(Seconds(output, "50") * 1000, Seconds(output, "99") * 1000, $"hey {arguments}");
    }

    private static double Seconds(string output, string percentile) =>
        double.Parse(
            Regex
                .Match(output, $@"^\s+{percentile}% in ([\d.]+) secs", RegexOptions.Multiline, TimeSpan.FromSeconds(1))
                .Groups[1]
                .Value,
            CultureInfo.InvariantCulture
        );

    [GeneratedRegex(@"^\s+\[(?!200\])\d{3}\]", RegexOptions.Multiline)]
    private static partial Regex NonSuccess();
}
