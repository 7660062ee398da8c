using Microsoft.EntityFrameworkCore;
using Network.Contracts.Referrals;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Events.Messaging;

/// <summary>
/// A referral's personal data was erased (the resident asked, withdrew consent, or the retention period ended): the
/// registration the referral made for the resident loses the resident's name and contacts too, and the erasure is
/// recorded, so that the referral's registration command, should it arrive later, registers nobody.
/// </summary>
internal sealed class ReferralErasedConsumer(EventsDbContext db, TimeProvider time)
    : InboxConsumer<ReferralErased>(db, time)
{
    protected override async Task HandleAsync(ReferralErased message, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if (await db.ReferralStates.FindAsync([message.ReferralId], cancellationToken) is { } state)
        {
            state.Erase(now);
        }
        else
        {
            db.ReferralStates.Add(ReferralState.Erased(message.ReferralId, now));
        }

        var registrations = await db
            .Registrations.Where(r => r.ReferralId == message.ReferralId)
            .ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            registration.ErasePersonalData(now);
        }
    }
}
