using Microsoft.EntityFrameworkCore;
using Network.Contracts.Partners;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Events.Messaging;

/// <summary>When a partner leaves the network, the events it organises that have not started are cancelled.</summary>
internal sealed class OrganiserArchivedConsumer(EventsDbContext db, TimeProvider time)
    : InboxConsumer<PartnerArchived>(db, time)
{
    public const string Reason = "La structure organisatrice a quitté le réseau.";

    protected override async Task HandleAsync(PartnerArchived message, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var organiserId = message.Partner.PartnerId;
        var upcoming = await db
            .Events.Where(e =>
                e.OrganiserId == organiserId
                && e.StartsAt > now
                && (e.Status == EventStatus.Draft || e.Status == EventStatus.Published)
            )
            .ToListAsync(cancellationToken);
        foreach (var e in upcoming)
        {
            await EventTransitions.CancelAsync(db, e, Reason, Time, cancellationToken);
        }
    }
}
