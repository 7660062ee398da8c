using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Referrals.Notices;

/// <summary>What a structure is told of a referral, stored by name in the notice's <c>Kind</c>.</summary>
public enum ReferralNoticeKind
{
    /// <summary>To the receiver: a referral arrived.</summary>
    ReferralReceived,

    /// <summary>To the receiver, every <c>Referrals:RemindEveryDays</c> while it is unanswered.</summary>
    ReferralReminder,

    /// <summary>To the receiver, <c>Referrals:WarnBeforeExpiryDays</c> before an unanswered referral expires.</summary>
    ReferralExpiring,

    /// <summary>To the sender: the receiver accepted or declined.</summary>
    ReferralAnswered,
}

/// <summary>Owes a structure a message about a referral, in the save that makes the change.</summary>
internal static class ReferralNotices
{
    public static void Owe(
        ReferralsDbContext db,
        Referral referral,
        ReferralNoticeKind kind,
        DateTimeOffset now,
        string? onceKey = null
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        var recipient = kind == ReferralNoticeKind.ReferralAnswered ? referral.FromPartnerId : referral.ToPartnerId;
        db.Notices.Add(Notice.Create(kind.ToString(), referral.Id, now, recipient, onceKey));
    }
}
