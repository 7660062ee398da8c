namespace Network.Activity.ReadModels;

/// <summary>
/// One referral as the network sees it: between which partners, the resident's commune, when it was sent, how long the
/// answer took, and every state it reached. States are flags that messages only ever set, so the row is the same
/// whatever order its messages arrive in; <see cref="Accepted"/> stays set when the referral is later completed.
/// </summary>
public sealed class ReferralActivity : IVersionedRow
{
    private ReferralActivity() { }

    public Guid Id { get; private set; }

    public Guid FromPartnerId { get; private set; }

    public Guid ToPartnerId { get; private set; }

    /// <summary>The resident's commune; null until the referral's sending is known.</summary>
    public string? Commune { get; private set; }

    public string? Urgency { get; private set; }

    /// <summary>Null until the referral's sending is known: such a row counts nowhere yet.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public double? HoursToAnswer { get; private set; }

    public bool Accepted { get; private set; }

    public bool Declined { get; private set; }

    public bool Completed { get; private set; }

    public bool NoShow { get; private set; }

    public bool Cancelled { get; private set; }

    public bool Expired { get; private set; }

    public long Version { get; set; }

    public static ReferralActivity Create(Guid id) => new() { Id = id };

    public void Between(Guid fromPartnerId, Guid toPartnerId)
    {
        FromPartnerId = fromPartnerId;
        ToPartnerId = toPartnerId;
    }

    public void Send(string commune, string urgency, DateTimeOffset sentAt)
    {
        Commune = commune;
        Urgency = urgency;
        SentAt = sentAt.ToUniversalTime();
    }

    public void Accept(double hoursToAnswer)
    {
        Accepted = true;
        HoursToAnswer = hoursToAnswer;
    }

    public void Decline(double hoursToAnswer)
    {
        Declined = true;
        HoursToAnswer = hoursToAnswer;
    }

    /// <summary>Completion and no-show come only after an acceptance, which they imply.</summary>
    public void Complete()
    {
        Accepted = true;
        Completed = true;
    }

    public void MarkNoShow()
    {
        Accepted = true;
        NoShow = true;
    }

    public void Cancel() => Cancelled = true;

    public void Expire() => Expired = true;
}
