namespace Network.DevIdentity.State;

/// <summary>
/// When an in-memory store sweeps out what has expired: at most once an interval, by a single caller, so that a
/// store that is only ever added to stays small without a timer of its own.
/// </summary>
internal sealed class PurgeSchedule(TimeProvider time, TimeSpan interval)
{
    private long _nextTicks;

    /// <summary>Whether the caller should sweep now; <paramref name="now"/> is the instant to sweep against.</summary>
    public bool IsDue(out DateTimeOffset now)
    {
        now = time.GetUtcNow();
        var next = Interlocked.Read(ref _nextTicks);
        return now.UtcTicks >= next
            && Interlocked.CompareExchange(ref _nextTicks, (now + interval).UtcTicks, next) == next;
    }
}
