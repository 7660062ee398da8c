using System.Threading.RateLimiting;

namespace Network.Gateway;

/// <summary>The answer of a <see cref="WindowLimiter"/>: granted, or refused with the time left until its window
/// ends.</summary>
internal sealed class WindowLease : RateLimitLease
{
    public static readonly WindowLease Granted = new(true, null);

    private readonly TimeSpan? _retryAfter;

    private WindowLease(bool isAcquired, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        _retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static WindowLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
