namespace Network.Referrals.Domain;

/// <summary>
/// One step in a referral's life: who, when, from which status to which, and a coded reason. Append-only,
/// and free of personal data (reasons are codes, never free text), so it survives erasure.
/// </summary>
public sealed class ReferralHistoryEntry : IAppendOnly
{
    private ReferralHistoryEntry() { }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    /// <summary>The entry's place in its referral's history, 1 for the sending: entries of the same instant keep their
    /// order.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? ByUserId { get; private set; }

    public string? ByUserName { get; private set; }

    public Guid? ByPartnerId { get; private set; }

    /// <summary>Null for the first entry, the sending.</summary>
    public ReferralStatus? From { get; private set; }

    public ReferralStatus To { get; private set; }

    public string? Reason { get; private set; }

    internal static ReferralHistoryEntry Record(
        Guid referralId,
        int sequence,
        Actor actor,
        ReferralStatus? from,
        ReferralStatus to,
        string? reason,
        DateTimeOffset now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            ReferralId = referralId,
            Sequence = sequence,
            At = now,
            ByUserId = actor.UserId,
            ByUserName = actor.UserName,
            ByPartnerId = actor.PartnerId,
            From = from,
            To = to,
            Reason = reason,
        };
}
