using Microsoft.EntityFrameworkCore;
using Network.Contracts.Referrals;
using Network.Events.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Events.Messaging;

/// <summary>
/// A referral's personal data was erased (the resident asked, or withdrew consent): the registration the referral
/// made for the resident loses the resident's name and contacts too.
/// </summary>
internal sealed class ReferralErasedConsumer(EventsDbContext db, TimeProvider time) : InboxConsumer<ReferralErased>(db, time)
{
    protected override async Task HandleAsync(ReferralErased message, CancellationToken cancellationToken)
    {
        var registrations = await db.Registrations.Where(r => r.ReferralId == message.ReferralId).ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            registration.ErasePersonalData(Time.GetUtcNow());
        }
    }
}
