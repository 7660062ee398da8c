using Microsoft.EntityFrameworkCore;
using Network.Contracts.Partners;
using Network.Equipment.Api;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Equipment.Messaging;

/// <summary>
/// A partner that leaves the network borrows nothing more and lends nothing more: its pending loans as borrower
/// are cancelled, and its items are retired (cancelling the loans promised to others). A loan already handed over
/// stays open until the item comes back.
/// </summary>
internal sealed class PartnerArchivedConsumer(EquipmentDbContext db, ItemLifecycle lifecycle, TimeProvider time)
    : InboxConsumer<PartnerArchived>(db, time)
{
    protected override async Task HandleAsync(PartnerArchived message, CancellationToken cancellationToken)
    {
        var partnerId = message.Partner.PartnerId;
        await lifecycle.CancelBorrowerPendingAsync(partnerId, cancellationToken);
        var items = await db
            .Items.Where(i => i.OwnerId == partnerId && i.Status != ItemStatus.Retired)
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            await lifecycle.RetireAsync(item, cancellationToken);
        }
    }
}
