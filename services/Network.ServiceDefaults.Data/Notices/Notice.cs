using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.ServiceDefaults.Notices;

public enum NoticeOutcome
{
    Pending,
    Sent,

    /// <summary>The recipient has no e-mail address (a phone only, or nothing): the staff call them.</summary>
    NoChannel,

    /// <summary>Every attempt failed, or one failed for a reason that trying again cannot change.</summary>
    Failed,

    /// <summary>No longer true, or no longer wanted, when its turn came (the recipient stopped the messages, the
    /// workshop was cancelled before its reminder...).</summary>
    Moot,
}

/// <summary>
/// An e-mail owed to someone, written in the same save as the change it announces so that none is lost, and sent later
/// by <see cref="NoticeSender"/>. It holds ids only: the service's <see cref="INoticeComposer"/> reads the address and
/// the words from its own data when the notice is sent, so the notice holds no personal data and erasing the data it
/// was made from leaves nothing to read in it.
/// </summary>
public sealed class Notice
{
    private Notice() { }

    public Guid Id { get; private set; }

    /// <summary>What happened, in the service's words (<c>RegistrationConfirmed</c>,
    /// <c>LoanRequested</c>...).</summary>
    public string Kind { get; private set; } = "";

    /// <summary>What the notice is about: a registration, a referral, a loan, a partner.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The partner whose contact e-mail receives it, when a structure is written to.</summary>
    public Guid? RecipientId { get; private set; }

    /// <summary>
    /// Set for a notice that a timer writes and that must exist once (a reminder): two instances writing it both, the
    /// second save is refused by the unique index.
    /// </summary>
    public string? OnceKey { get; private set; }

    public NoticeOutcome Outcome { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A sender instance holds the notice until then; another one leaves it alone meanwhile.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static Notice Create(
        string kind,
        Guid subjectId,
        DateTimeOffset now,
        Guid? recipientId = null,
        string? onceKey = null
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return new Notice
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            SubjectId = subjectId,
            RecipientId = recipientId,
            OnceKey = onceKey,
            Outcome = NoticeOutcome.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    internal void Sent(DateTimeOffset now)
    {
        Attempts++;
        (Outcome, SentAt, ClaimedUntil) = (NoticeOutcome.Sent, now, null);
    }

    internal void Settle(NoticeOutcome outcome) => (Outcome, ClaimedUntil) = (outcome, null);

    /// <summary>A failure that would recur at every attempt (an address the mail library cannot parse, a mailbox the
    /// server refuses): no retry.</summary>
    internal void Undeliverable()
    {
        Attempts++;
        (Outcome, ClaimedUntil) = (NoticeOutcome.Failed, null);
    }

    /// <summary>
    /// Waits longer after each failure (<paramref name="firstWait"/>, then twice as long each time, at most an hour),
    /// and gives up after <paramref name="maxAttempts"/>. True when it will be tried again.
    /// </summary>
    internal bool AttemptFailed(DateTimeOffset now, TimeSpan firstWait, int maxAttempts)
    {
        Attempts++;
        ClaimedUntil = null;
        if (Attempts >= maxAttempts)
        {
            Outcome = NoticeOutcome.Failed;
            return false;
        }

        var wait = firstWait * Math.Pow(2, Math.Min(Attempts - 1, 16));
        NextAttemptAt = now + (wait < TimeSpan.FromHours(1) ? wait : TimeSpan.FromHours(1));
        return true;
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(40).IsRequired();
        builder.Property(n => n.OnceKey).HasMaxLength(100);
        builder.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(n => new { n.Outcome, n.NextAttemptAt });
        builder.HasIndex(n => n.SubjectId);
        builder.HasIndex(n => n.OnceKey).IsUnique();
    }
}
