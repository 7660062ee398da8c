using Network.Contracts.Partners;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Events.Messaging;

internal sealed class PartnerRegisteredConsumer(EventsDbContext db, TimeProvider time)
    : InboxConsumer<PartnerRegistered>(db, time)
{
    protected override async Task HandleAsync(PartnerRegistered message, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FindAsync([message.PartnerId], cancellationToken);
        if (partner is null)
        {
            partner = PartnerReplica.Create(message.PartnerId);
            db.Partners.Add(partner);
        }

        partner.Apply(message.Name, message.Kind, message.Status, message.PostalCode, message.Commune, message.OccurredAt);
    }
}
