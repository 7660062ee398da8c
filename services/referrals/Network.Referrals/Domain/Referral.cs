using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Domain;

/// <summary>
/// A resident sent by one partner to another for needs, with the resident's consent. Every step goes
/// through <see cref="ReferralTransitions"/> and returns the history entry to append; an illegal step returns
/// null and changes nothing. Free text (note, outcome, messages) is personal data like the resident's.
/// </summary>
public sealed class Referral : IVersioned
{
    private Referral() { }

    public Guid Id { get; private set; }

    public Guid FromPartnerId { get; private set; }

    public Guid ToPartnerId { get; private set; }

    public Resident Resident { get; private set; } = null!;

    public List<string> Needs { get; private set; } = [];

    public string? Note { get; private set; }

    public Urgency Urgency { get; private set; }

    public Consent Consent { get; private set; } = null!;

    public Guid? EventId { get; private set; }

    /// <summary>The events service's answer to the registration: registered, waitlisted or refused.</summary>
    public string? EventRegistration { get; private set; }

    public ReferralStatus Status { get; private set; }

    public DateTimeOffset? AppointmentAt { get; private set; }

    /// <summary>The receiver's note when accepting.</summary>
    public string? AcceptanceNote { get; private set; }

    public string? Outcome { get; private set; }

    public DeclineReason? DeclineReason { get; private set; }

    public string? DeclineMessage { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the receiver accepted or declined.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>When the referral reached a final status; retention counts from here.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? LastRemindedAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>How many entries its history holds; the version guards it, so two racing steps cannot both
    /// append.</summary>
    public int HistoryLength { get; private set; }

    public long Version { get; set; }

    public bool IsOpen => ReferralTransitions.IsOpen(Status);

    public bool IsErased => ErasedAt is not null;

    public static (Referral Referral, ReferralHistoryEntry Entry) Send(
        Guid fromPartnerId,
        ReferralDetails details,
        Actor actor,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(now),
            FromPartnerId = fromPartnerId,
            ToPartnerId = details.ToPartnerId,
            Resident = details.Resident,
            Needs = [.. details.Needs],
            Note = details.Note,
            Urgency = details.Urgency,
            Consent = details.Consent,
            EventId = details.EventId,
            Status = ReferralStatus.Sent,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return (referral, referral.Record(actor, null, ReferralStatus.Sent, null, now));
    }

    public ReferralHistoryEntry? Accept(Actor actor, DateTimeOffset? appointmentAt, string? note, DateTimeOffset now)
    {
        var entry = MoveTo(ReferralStatus.Accepted, actor, null, now);
        if (entry is not null)
        {
            AppointmentAt = appointmentAt;
            AcceptanceNote = note;
            AnsweredAt = now;
        }

        return entry;
    }

    public ReferralHistoryEntry? Decline(Actor actor, DeclineReason reason, string? message, DateTimeOffset now)
    {
        var entry = MoveTo(ReferralStatus.Declined, actor, WireCode.Of(reason), now);
        if (entry is not null)
        {
            DeclineReason = reason;
            DeclineMessage = message;
            AnsweredAt = now;
        }

        return entry;
    }

    public ReferralHistoryEntry? Complete(Actor actor, string? outcome, DateTimeOffset now)
    {
        var entry = MoveTo(ReferralStatus.Completed, actor, null, now);
        if (entry is not null && outcome is not null)
        {
            Outcome = outcome;
        }

        return entry;
    }

    public ReferralHistoryEntry? MarkNoShow(Actor actor, string? reason, DateTimeOffset now) =>
        MoveTo(ReferralStatus.NoShow, actor, reason, now);

    /// <param name="reason">Free text from the sender, kept on the referral (personal data), never in the
    /// history.</param>
    /// <param name="code">The coded reason the history keeps.</param>
    public ReferralHistoryEntry? Cancel(Actor actor, string? reason, string? code, DateTimeOffset now)
    {
        var entry = MoveTo(ReferralStatus.Cancelled, actor, code, now);
        if (entry is not null && reason is not null)
        {
            CancellationReason = reason;
        }

        return entry;
    }

    public ReferralHistoryEntry? Expire(DateTimeOffset now) =>
        MoveTo(ReferralStatus.Expired, Actor.System, "answer-overdue", now);

    /// <summary>The receiver was reminded of the unanswered referral.</summary>
    public void Remind(DateTimeOffset now) => LastRemindedAt = now;

    /// <summary>The events service answered the registration; the answer is written in the history, the status
    /// stays.</summary>
    public ReferralHistoryEntry RecordEventAnswer(string answer, DateTimeOffset now)
    {
        EventRegistration = answer;
        UpdatedAt = now;
        return Record(Actor.System, Status, Status, $"event-{answer}", now);
    }

    /// <summary>The resident withdrew consent: an open referral is cancelled (its entry returned); the caller
    /// erases.</summary>
    public ReferralHistoryEntry? WithdrawConsent(Actor actor, DateTimeOffset now)
    {
        Consent = Consent with { WithdrawnAt = Consent.WithdrawnAt ?? now };
        UpdatedAt = now;
        return IsOpen ? Cancel(actor, null, "consent-withdrawn", now) : null;
    }

    /// <summary>
    /// Wipes the personal data: names, contacts, birth year and every free text. Partners, needs, commune,
    /// statuses and dates stay, anonymous, for the statistics. False when already erased.
    /// </summary>
    public bool Erase(DateTimeOffset now)
    {
        if (IsErased)
        {
            return false;
        }

        Resident.Erase();
        Note = null;
        AcceptanceNote = null;
        Outcome = null;
        DeclineMessage = null;
        CancellationReason = null;
        ErasedAt = now;
        UpdatedAt = now;
        return true;
    }

    private ReferralHistoryEntry? MoveTo(ReferralStatus to, Actor actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ReferralTransitions.IsAllowed(Status, to))
        {
            return null;
        }

        var from = Status;
        Status = to;
        UpdatedAt = now;
        if (!IsOpen)
        {
            ClosedAt = now;
        }

        return Record(actor, from, to, reason, now);
    }

    /// <summary>The history entry of an erasure: the status stays, the reason says why.</summary>
    public ReferralHistoryEntry RecordErasure(Actor actor, ErasureCause cause, DateTimeOffset now) =>
        Record(actor, Status, Status, $"erased-{WireCode.Of(cause)}", now);

    private ReferralHistoryEntry Record(
        Actor actor,
        ReferralStatus? from,
        ReferralStatus to,
        string? reason,
        DateTimeOffset now
    ) => ReferralHistoryEntry.Record(Id, ++HistoryLength, actor, from, to, reason, now);
}
