using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>Every log line of the platform: what each resource wrote to its output, and the broker's own log
/// files.</summary>
public static class PlatformLogs
{
    public static IReadOnlyList<LogLine> All(RunningPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var brokerLogs = Path.Combine(platform.BrokerFolder, "log");
        var files = Directory.Exists(brokerLogs) ? Directory.GetFiles(brokerLogs, "*.log") : [];
        return
        [
            .. platform.Logs,
            .. files.SelectMany(file =>
                ReadShared(file).Select(text => new LogLine($"rabbitmq ({Path.GetFileName(file)})", text))
            ),
        ];
    }

    /// <summary>Whether the scan finds <paramref name="resident"/>'s last name in the logs of each of
    /// <paramref name="resources"/>.</summary>
    public static bool Mention(this IReadOnlyList<LogLine> logs, Resident resident, params string[] resources)
    {
        var scanner = new LeakScanner([resident]);
        return resources.All(resource =>
            logs.Where(line => line.IsOf(resource))
                .Any(line => scanner.Scan(line.Resource, line.Text).Any(f => f.Kind == IdentifierKind.LastName))
        );
    }

    /// <summary>Whether the line comes from <paramref name="resource"/> (or one of its replicas, named after
    /// it).</summary>
    public static bool IsOf(this LogLine line, string resource)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Resource == resource || line.Resource.StartsWith(resource + "-", StringComparison.Ordinal);
    }

    /// <summary>A line of a request the resource served through the API (not a health probe).</summary>
    public static bool IsApiRequest(this LogLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Text.Contains("Request starting", StringComparison.Ordinal)
            && line.Text.Contains("/api/", StringComparison.Ordinal);
    }

    private static string[] ReadShared(string file)
    {
        // The node still writes to it.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }
}
