using Network.Contracts.Referrals;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>The facts the referrals service publishes, built from a referral: never a name, a contact or a free
/// text.</summary>
internal static class ReferralFacts
{
    public static ReferralSent Sent(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, r.Needs, WireCode.Of(r.Urgency), r.Resident.Commune, r.EventId, now);

    public static ReferralAccepted Accepted(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, HoursToAnswer(r, now), now);

    public static ReferralDeclined Declined(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, WireCode.Of(r.DeclineReason!.Value), HoursToAnswer(r, now), now);

    public static ReferralCompleted Completed(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, now);

    public static ReferralNoShow NoShow(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, now);

    public static ReferralCancelled Cancelled(Referral r, ReferralHistoryEntry entry, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, WireCode.Of(entry.From!.Value), entry.Reason ?? "by-sender", now);

    public static ReferralExpired Expired(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, now);

    public static ReferralAnswerOverdue Overdue(Referral r, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, (int)(now - r.CreatedAt).TotalDays, now);

    public static ReferralErased Erased(Referral r, ErasureCause cause, DateTimeOffset now) =>
        new(r.Id, r.FromPartnerId, r.ToPartnerId, WireCode.Of(cause), now);

    /// <summary>The fact announcing a status change, for the steps that have one.</summary>
    public static object For(Referral r, ReferralHistoryEntry entry, DateTimeOffset now) =>
        entry.To switch
        {
            ReferralStatus.Accepted => Accepted(r, now),
            ReferralStatus.Declined => Declined(r, now),
            ReferralStatus.Completed => Completed(r, now),
            ReferralStatus.NoShow => NoShow(r, now),
            ReferralStatus.Cancelled => Cancelled(r, entry, now),
            ReferralStatus.Expired => Expired(r, now),
            _ => Sent(r, now),
        };

    private static double HoursToAnswer(Referral r, DateTimeOffset now) =>
        Math.Round(((r.AnsweredAt ?? now) - r.CreatedAt).TotalHours, 2);
}
