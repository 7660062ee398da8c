using System.Globalization;

namespace Network.Benchmarks;

/// <summary>
/// The resident memory (RSS, from <c>/proc</c>) of each service: once idle after start, then the highest seen while
/// the other benchmarks load the platform, sampled twice a second.
/// </summary>
internal sealed class Memory : IAsyncDisposable
{
    private readonly LocalPlatform _platform;
    private readonly Dictionary<string, long> _idle;
    private readonly Dictionary<string, long> _peak = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private Memory(LocalPlatform platform, Dictionary<string, long> idle)
    {
        _platform = platform;
        _idle = idle;
        _sampling = SampleAsync();
    }

    /// <summary>Waits for the platform to settle after its start (seeding, first messages), reads the idle figures, then samples.</summary>
    public static async Task<Memory> StartAsync(LocalPlatform platform)
    {
        await Task.Delay(TimeSpan.FromSeconds(20));
        return new Memory(platform, Read(platform));
    }

    public async Task<IReadOnlyList<ResultRow>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        const string Command = "RSS (VmRSS in /proc/<pid>/status) of each service process; idle 20 s after start, under load the highest of samples every 0.5 s while ./network.sh bench runs";
        return [.. _idle.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new ResultRow(
            $"memory of the {pair.Key} service, idle / under load",
            $"{Megabytes(pair.Value)} MB / {Megabytes(_peak.GetValueOrDefault(pair.Key, pair.Value))} MB",
            "≤ 150 MB / ≤ 300 MB",
            Command))];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var (service, rss) in Read(_platform))
            {
                _peak[service] = Math.Max(_peak.GetValueOrDefault(service), rss);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static Dictionary<string, long> Read(LocalPlatform platform)
    {
        var figures = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (service, pid) in platform.ServiceProcesses())
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                if (line is not null)
                {
                    figures[service] = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }

        return figures;
    }

    private static string Megabytes(long bytes) => Stats.Format(bytes / 1_048_576.0);
}
