using Microsoft.EntityFrameworkCore;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Seats;

/// <summary>
/// The contract: a referral's <c>eventId</c> names a published event, still to come, organised or co-organised by the
/// receiving partner; otherwise 400 naming <c>eventId</c>, at creation and at acceptance. Without that rule the
/// resident's name would reach the attendee list of any partner.
/// </summary>
internal static class ReferralSeats
{
    /// <summary>How long an event the replica does not know yet is waited for: it may have been published a moment
    /// ago.</summary>
    private static readonly TimeSpan ReplicaLag = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static async Task CheckAsync(
        ReferralsDbContext db,
        Guid? eventId,
        Guid receiver,
        DateTimeOffset now,
        ValidationErrors errors,
        CancellationToken cancellationToken
    )
    {
        if (eventId is not { } id)
        {
            return;
        }

        var replica = await FindAsync(db, id, cancellationToken);
        errors.Require(
            replica is not null && replica.Takes(receiver, now),
            "eventId",
            "L'atelier choisi doit être un atelier publié et à venir de la structure qui reçoit l'orientation "
                + "(organisé ou co-organisé par elle)."
        );
    }

    private static async Task<EventReplica?> FindAsync(
        ReferralsDbContext db,
        Guid id,
        CancellationToken cancellationToken
    )
    {
        for (var waited = TimeSpan.Zero; ; waited += Poll)
        {
            var replica = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (replica is not null || waited >= ReplicaLag)
            {
                return replica;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }
}
