using Microsoft.EntityFrameworkCore;
using Network.Contracts.Referrals;
using Network.Referrals.Api;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;

namespace Network.Referrals.Privacy;

/// <summary>
/// Wipes a referral's personal data and its comments' text, cancels it when still open (nobody can follow a
/// referral without knowing whom it is for), withdraws its registration command if the outbox still holds it (the
/// command carries the resident's first name and contacts), writes the step in the history and announces the
/// erasure. The caller saves. A command already at the broker is refused by the events service, which records the
/// erasure when <c>ReferralErased</c> reaches it, whichever comes first.
/// </summary>
internal static class ReferralErasure
{
    public static async Task<bool> EraseAsync(
        ReferralsDbContext db,
        Referral referral,
        ErasureCause cause,
        Actor actor,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        if (referral.IsOpen)
        {
            var code = cause == ErasureCause.ConsentWithdrawn ? "consent-withdrawn" : "erased";
            var cancelled = referral.Cancel(actor, null, code, now)!;
            db.History.Add(cancelled);
            db.Publish(ReferralFacts.Cancelled(referral, cancelled, now), time);
        }

        if (!referral.Erase(now))
        {
            return false;
        }

        var comments = await db.Comments.Where(c => c.ReferralId == referral.Id).ToListAsync(cancellationToken);
        foreach (var comment in comments)
        {
            comment.Erase(now);
        }

        if (referral.EventId is not null)
        {
            var id = referral.Id.ToString();
            db.OutboxMessages.RemoveRange(
                await db
                    .OutboxMessages.Where(m =>
                        m.Destination == RegisterResidentForEvent.Queue && m.SentAt == null && m.Body.Contains(id)
                    )
                    .ToListAsync(cancellationToken)
            );
        }

        db.History.Add(referral.RecordErasure(actor, cause, now));
        db.Publish(ReferralFacts.Erased(referral, cause, now), time);
        return true;
    }
}
