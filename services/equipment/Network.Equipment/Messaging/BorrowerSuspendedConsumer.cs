using Network.Contracts.Partners;
using Network.Equipment.Api;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Equipment.Messaging;

/// <summary>A suspended partner borrows nothing more: its requested and approved loans that have not ended are
/// cancelled.</summary>
internal sealed class BorrowerSuspendedConsumer(EquipmentDbContext db, ItemLifecycle lifecycle, TimeProvider time)
    : InboxConsumer<PartnerSuspended>(db, time)
{
    protected override async Task HandleAsync(PartnerSuspended message, CancellationToken cancellationToken) =>
        await lifecycle.CancelBorrowerPendingAsync(message.Partner.PartnerId, cancellationToken);
}
