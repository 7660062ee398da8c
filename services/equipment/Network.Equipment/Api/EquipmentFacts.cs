using Network.Contracts.Equipment;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;

namespace Network.Equipment.Api;

/// <summary>
/// The facts the equipment service publishes: ids, owner and borrower, category, the owner's commune (from the
/// replica of the partners directory) and times. Never a purpose or a note, which may name a resident.
/// </summary>
internal sealed class EquipmentFacts(EquipmentDbContext db)
{
    public async Task<EquipmentSnapshot> ItemAsync(Item item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var owner = await db.Partners.FindAsync([item.OwnerId], cancellationToken);
        return new EquipmentSnapshot(
            item.Id,
            item.OwnerId,
            KebabCodes.Code(item.Category),
            owner?.PostalCode ?? "",
            owner?.Commune ?? ""
        );
    }

    public async Task<ReservationSnapshot> ReservationAsync(
        Reservation reservation,
        Item item,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(reservation);
        return new ReservationSnapshot(
            reservation.Id,
            await ItemAsync(item, cancellationToken),
            reservation.BorrowerId,
            reservation.From,
            reservation.To
        );
    }
}
