namespace Network.Referrals.Domain;

/// <summary>A read of a referral's personal data: who, for which partner, when. Append-only.</summary>
public sealed class AccessLogEntry : IAppendOnly
{
    private AccessLogEntry() { }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; } = "";

    public string? UserName { get; private set; }

    public Guid PartnerId { get; private set; }

    public static AccessLogEntry Record(
        Guid referralId,
        string userId,
        string? userName,
        Guid partnerId,
        DateTimeOffset now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            ReferralId = referralId,
            At = now,
            UserId = userId,
            UserName = userName,
            PartnerId = partnerId,
        };
}
