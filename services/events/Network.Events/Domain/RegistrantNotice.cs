namespace Network.Events.Domain;

public enum NoticeKind
{
    EventRescheduled,
    EventCancelled,
    WaitlistPromoted,

    /// <summary>Someone registered this registrant's contact again; the registration stands, and the e-mail carries a
    /// cancellation link.</summary>
    RegistrationAttempted,
}

public enum NoticeOutcome
{
    Pending,
    Sent,

    /// <summary>The registrant left no e-mail address (a phone only, or nothing).</summary>
    NoChannel,

    /// <summary>Every attempt failed, or one failed for a reason that trying again cannot change.</summary>
    Failed,

    /// <summary>No longer true when its turn came: an attempt to register someone whose registration was cancelled
    /// since.</summary>
    Moot,
}

/// <summary>
/// A message owed to a registrant, written in the same save as the change it announces so that none is lost, and
/// sent later by the notifier. It holds ids only: the address is read from the registration when sending.
/// </summary>
public sealed class RegistrantNotice
{
    public const int MaxAttempts = 8;

    private RegistrantNotice() { }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid RegistrationId { get; private set; }

    public NoticeKind Kind { get; private set; }

    public NoticeOutcome Outcome { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A notifier instance holds the notice until then; another one leaves it alone meanwhile.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static RegistrantNotice For(Registration registration, NoticeKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return new RegistrantNotice
        {
            Id = Guid.CreateVersion7(now),
            EventId = registration.EventId,
            RegistrationId = registration.Id,
            Kind = kind,
            Outcome = NoticeOutcome.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public void Sent(DateTimeOffset now) => (Outcome, SentAt, ClaimedUntil) = (NoticeOutcome.Sent, now, null);

    public void Unreachable() => (Outcome, ClaimedUntil) = (NoticeOutcome.NoChannel, null);

    public void Dropped() => (Outcome, ClaimedUntil) = (NoticeOutcome.Moot, null);

    /// <summary>A failure that would recur at every attempt (a message the mail library refuses to build): no
    /// retry.</summary>
    public void Undeliverable()
    {
        Attempts++;
        (Outcome, ClaimedUntil) = (NoticeOutcome.Failed, null);
    }

    /// <summary>Waits longer after each failure (1, 2, 4... minutes, at most an hour), and gives up after
    /// <see cref="MaxAttempts"/>.</summary>
    public void AttemptFailed(DateTimeOffset now)
    {
        Attempts++;
        ClaimedUntil = null;
        if (Attempts >= MaxAttempts)
        {
            Outcome = NoticeOutcome.Failed;
            return;
        }

        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Min(60, 1 << (Attempts - 1)));
    }
}
