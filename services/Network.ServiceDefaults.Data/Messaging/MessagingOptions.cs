namespace Network.ServiceDefaults.Messaging;

/// <summary>The <c>Messaging</c> configuration section; the defaults suit production.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Retries at once, in process, before the interval retries.</summary>
    public int ImmediateRetries { get; set; } = 3;

    /// <summary>
    /// Waits between the rounds of retries (1 s, 5 s, 15 s unless configured); after the last, the message
    /// goes to the <c>_error</c> queue. Configured values replace the defaults rather than add to them.
    /// </summary>
    public TimeSpan[]? RetryIntervals { get; set; }

    internal TimeSpan[] EffectiveRetryIntervals =>
        RetryIntervals is { Length: > 0 } configured
            ? configured
            : [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    /// <summary>How often the dispatcher looks for messages when no commit signalled any.</summary>
    public TimeSpan OutboxSweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages claimed and published together: their confirmations are awaited at once, and marked sent in
    /// one statement.</summary>
    public int OutboxBatchSize { get; set; } = 500;

    /// <summary>How long a dispatcher's claim on a batch lasts before another instance may take it over.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one publication may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long sent outbox messages and inbox entries are kept, for diagnosis and deduplication.</summary>
    /// <summary>The longest wait before a message that failed to publish is tried again.</summary>
    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);
}
