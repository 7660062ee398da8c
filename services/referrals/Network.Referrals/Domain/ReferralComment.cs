namespace Network.Referrals.Domain;

/// <summary>
/// A message between the two partners about a referral. Staff write residents' details in it, so its text
/// is personal data: encrypted at rest and wiped on erasure, while the entry itself stays.
/// </summary>
public sealed class ReferralComment
{
    private ReferralComment() { }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public Guid AuthorPartnerId { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string? AuthorName { get; private set; }

    public string? Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public static ReferralComment Write(
        Guid referralId,
        Guid authorPartnerId,
        string authorUserId,
        string? authorName,
        string text,
        DateTimeOffset now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            ReferralId = referralId,
            AuthorPartnerId = authorPartnerId,
            AuthorUserId = authorUserId,
            AuthorName = authorName,
            Text = text,
            CreatedAt = now,
        };

    public void Erase(DateTimeOffset now)
    {
        Text = null;
        ErasedAt ??= now;
    }
}
