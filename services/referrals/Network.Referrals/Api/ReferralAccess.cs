using Microsoft.EntityFrameworkCore;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Referrals.Api;

/// <summary>
/// Who sees a referral: the staff (and admins) of its sending and receiving partners, acting for that partner.
/// Anybody else — another partner, the coordinator — is told it does not exist.
/// </summary>
internal static class ReferralAccess
{
    public static bool CanSee(Caller caller, Referral referral) =>
        IsSender(caller, referral) || IsReceiver(caller, referral);

    public static bool IsSender(Caller caller, Referral referral) => caller.IsStaffOf(referral.FromPartnerId);

    public static bool IsReceiver(Caller caller, Referral referral) => caller.IsStaffOf(referral.ToPartnerId);

    public static bool IsAdmin(Caller caller, Referral referral) =>
        caller.IsAdminOf(referral.FromPartnerId) || caller.IsAdminOf(referral.ToPartnerId);

    public static Actor ActorOf(Caller caller) => new(caller.UserId, caller.UserName, caller.ActingPartnerId);

    /// <summary>The referral when the caller may see it; null (answered 404) otherwise.</summary>
    public static async Task<Referral?> FindVisibleAsync(
        ReferralsDbContext db,
        Guid id,
        Caller caller,
        bool tracking,
        CancellationToken cancellationToken
    )
    {
        if (caller.StaffPartnerId is null)
        {
            return null;
        }

        var query = tracking ? db.Referrals : db.Referrals.AsNoTracking();
        var referral = await query.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return referral is not null && CanSee(caller, referral) ? referral : null;
    }

    /// <summary>
    /// Writes the access-log entry of a read of the resident's personal data (the record, or the comments' thread),
    /// before the data leaves: no record, no data.
    /// </summary>
    public static async Task RecordReadAsync(
        ReferralsDbContext db,
        Referral referral,
        Caller caller,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        db.AccessLog.Add(
            AccessLogEntry.Record(
                referral.Id,
                caller.UserId!,
                caller.UserName,
                caller.ActingPartnerId!.Value,
                time.GetUtcNow()
            )
        );
        await db.SaveChangesAsync(cancellationToken);
    }
}
