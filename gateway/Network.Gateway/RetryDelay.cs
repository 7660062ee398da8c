using System.Globalization;

namespace Network.Gateway;

/// <summary>How long a refused caller is to wait: whole seconds for <c>Retry-After</c>, and words for the
/// person.</summary>
internal static class RetryDelay
{
    /// <summary>Rounded up, so that a caller who waits exactly that long is served.</summary>
    public static int Seconds(TimeSpan wait) => (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, int.MaxValue);

    /// <summary>"1 seconde", "42 secondes", then whole minutes, rounded up too: "1 minute", "2 minutes".</summary>
    public static string InFrench(int seconds) =>
        seconds < 60 ? Count(seconds, "seconde") : Count((seconds + 59) / 60, "minute");

    private static string Count(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count > 1 ? "s" : "")}");
}
