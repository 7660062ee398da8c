using System.Globalization;

namespace Network.Benchmarks;

/// <summary>
/// The resident memory of each service and of the portal (from <c>/proc</c>): once idle after start, then the highest
/// seen while the other benchmarks load the platform, sampled twice a second. RSS is the target's measure; it counts in
/// full every page of the framework and library files, which the five services map alike. PSS, reported beside it
/// (idle, and at each service's peak of RSS), divides each shared page among the processes that map it: what one more
/// service adds to the machine.
/// </summary>
internal sealed class Memory : IAsyncDisposable
{
    private readonly LocalPlatform _platform;
    private readonly Dictionary<string, Resident> _idle;
    private readonly Dictionary<string, MemoryProfile> _idleProfiles;
    private readonly Dictionary<string, Resident> _peak = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private Memory(
        LocalPlatform platform,
        Dictionary<string, Resident> idle,
        Dictionary<string, MemoryProfile> idleProfiles
    )
    {
        _platform = platform;
        _idle = idle;
        _idleProfiles = idleProfiles;
        _sampling = SampleAsync();
    }

    /// <summary>Waits for the platform to settle after its start (seeding, first messages), reads the idle figures,
    /// then samples.</summary>
    public static async Task<Memory> StartAsync(LocalPlatform platform)
    {
        await Task.Delay(TimeSpan.FromSeconds(20));
        var processes = platform.ServiceProcesses();
        var profiles = processes
            .Select(service => (service.Key, Profile: MemoryProfile.Read(service.Value)))
            .Where(service => service.Profile is not null)
            .ToDictionary(service => service.Key, service => service.Profile!, StringComparer.Ordinal);
        return new Memory(platform, Read(processes), profiles);
    }

    public async Task<IReadOnlyList<ResultRow>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        const string When =
            "idle 20 s after start, under load the highest of samples every 0.5 s while ./network.sh bench runs";
        var services = _idle.Keys.Order(StringComparer.Ordinal).ToList();
        var rows = services.Select(service => new ResultRow(
            $"memory of {Named(service)}, idle / under load",
            $"{Megabytes(_idle[service].Rss)} MB / {Megabytes(Peak(service).Rss)} MB",
            "≤ 150 MB / ≤ 300 MB",
            $"RSS (VmRSS in /proc/<pid>/status) of each service process; {When}"
        ));
        var shares = services.Select(service => new ResultRow(
            $"proportional share of {Named(service)}, idle / at the peak of the row above",
            $"{Megabytes(_idle[service].Pss)} MB / {Megabytes(Peak(service).Pss)} MB",
            "— (for reading the row above)",
            "PSS (Pss in /proc/<pid>/smaps_rollup): RSS with each page shared by N processes counted 1/N; idle 20 s "
                + "after start, then read at each new peak of RSS"
        ));
        var profiles = services
            .Where(_idleProfiles.ContainsKey)
            .Select(service => new ResultRow(
                $"idle memory of {Named(service)} by kind (MB of RSS)",
                _idleProfiles[service].ToString(),
                "— (where the idle figure goes)",
                $"Rss of each mapping in /proc/<pid>/smaps, added up by what is mapped; idle 20 s after start"
            ));
        return [.. rows, .. shares, .. profiles];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private static string Named(string process) => process == "portal" ? "the portal" : $"the {process} service";

    private Resident Peak(string service) => _peak.GetValueOrDefault(service, _idle[service]);

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var (service, pid) in _platform.ServiceProcesses())
            {
                // Reading the share walks the process's page tables: only at a new peak, not twice a second.
                if (Rss(pid) is { } rss && rss > _peak.GetValueOrDefault(service).Rss && Pss(pid) is { } pss)
                {
                    _peak[service] = new Resident(rss, pss);
                }
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

    private static Dictionary<string, Resident> Read(IReadOnlyDictionary<string, int> processes)
    {
        var figures = new Dictionary<string, Resident>(StringComparer.Ordinal);
        foreach (var (service, pid) in processes)
        {
            if (Rss(pid) is { } rss && Pss(pid) is { } pss)
            {
                figures[service] = new Resident(rss, pss);
            }
        }

        return figures;
    }

    private static long? Rss(int pid) => Kilobytes($"/proc/{pid}/status", "VmRSS:");

    private static long? Pss(int pid) => Kilobytes($"/proc/{pid}/smaps_rollup", "Pss:");

    /// <summary>The figure of the line starting with <paramref name="label"/> (given in kB), in bytes; null when the
    /// process has ended or is ending.</summary>
    private static long? Kilobytes(string file, string label)
    {
        try
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal));
            return line is null ? null : BytesOf(line);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The figure of a <c>/proc</c> line such as <c>VmRSS:   1234 kB</c>, in bytes.</summary>
    internal static long BytesOf(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    internal static string Megabytes(long bytes) => Stats.Format(bytes / 1_048_576.0);

    private readonly record struct Resident(long Rss, long Pss);
}
