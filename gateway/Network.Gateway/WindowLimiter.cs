using System.Threading.RateLimiting;

namespace Network.Gateway;

/// <summary>
/// A fixed window of <c>permitLimit</c> requests that opens with a caller's first request and tells a refused caller
/// how long is left of it: the framework's fixed window gives the whole window as Retry-After, whatever remains.
/// </summary>
internal sealed class WindowLimiter(int permitLimit, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly Lock _lock = new();
    private readonly long _created = time.GetTimestamp();
    private long? _opened;
    private int _used;
    private long _granted;
    private long _refused;

    /// <summary>Idle once its window has ended: a caller then starts afresh, so the partition may be dropped.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = time.GetTimestamp();
                if (_opened is not { } opened)
                {
                    return time.GetElapsedTime(_created, now);
                }

                var left = Left(opened, now);
                return left > TimeSpan.Zero ? null : -left;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            var open = _opened is { } opened && Left(opened, time.GetTimestamp()) > TimeSpan.Zero;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = open ? permitLimit - _used : permitLimit,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permitLimit);
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_opened is { } ended && Left(ended, now) <= TimeSpan.Zero)
            {
                _opened = null;
                _used = 0;
            }

            // Asking for no permit only asks whether one is left.
            if (permitCount == 0 ? _used < permitLimit : _used + permitCount <= permitLimit)
            {
                _opened ??= permitCount > 0 ? now : null;
                _used += permitCount;
                _granted++;
                return WindowLease.Granted;
            }

            _refused++;
            return WindowLease.Refused(_opened is { } opened ? Left(opened, now) : window);
        }
    }

    // Nothing waits in a queue: a request over the limit is refused at once.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private TimeSpan Left(long opened, long now) => window - time.GetElapsedTime(opened, now);
}
