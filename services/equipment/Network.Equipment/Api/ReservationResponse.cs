using Network.Equipment.Domain;

namespace Network.Equipment.Api;

/// <summary>A reservation as its two parties see it.</summary>
/// <param name="Id">The reservation's id.</param>
/// <param name="EquipmentId">The item reserved.</param>
/// <param name="EquipmentName">The item's name, when known.</param>
/// <param name="OwnerId">The partner that owns the item.</param>
/// <param name="BorrowerId">The borrowing partner.</param>
/// <param name="BorrowerName">The borrower's name, when known.</param>
/// <param name="From">When the loan starts.</param>
/// <param name="To">When the item is due back.</param>
/// <param name="Purpose">What the item is borrowed for.</param>
/// <param name="Status">Where the reservation stands.</param>
/// <param name="Flag">A notice to the borrower, e.g. that the item went into maintenance before the loan.</param>
/// <param name="RejectionReason">Why the owner rejected it, when rejected.</param>
/// <param name="ComponentsHandedOver">The components handed over at checkout.</param>
/// <param name="ReturnCondition">The state the item came back in, once returned.</param>
/// <param name="Notes">What the owner noted at the return.</param>
/// <param name="ComponentsReturned">The state of each component at the return.</param>
/// <param name="CheckedOutAt">When the item was handed over.</param>
/// <param name="ReturnedAt">When the item came back.</param>
/// <param name="CreatedAt">When the reservation was requested (UTC).</param>
/// <param name="UpdatedAt">When the reservation last changed (UTC).</param>
public sealed record ReservationResponse(
    Guid Id,
    Guid EquipmentId,
    string? EquipmentName,
    Guid OwnerId,
    Guid BorrowerId,
    string? BorrowerName,
    DateTimeOffset From,
    DateTimeOffset To,
    string Purpose,
    ReservationStatus Status,
    ReservationNotice? Flag,
    string? RejectionReason,
    IReadOnlyList<string> ComponentsHandedOver,
    ItemCondition? ReturnCondition,
    string? Notes,
    IReadOnlyList<ComponentCheck> ComponentsReturned,
    DateTimeOffset? CheckedOutAt,
    DateTimeOffset? ReturnedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static ReservationResponse Of(Reservation r, string? equipmentName, string? borrowerName)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReservationResponse(
            r.Id,
            r.EquipmentId,
            equipmentName,
            r.OwnerId,
            r.BorrowerId,
            borrowerName,
            r.From,
            r.To,
            r.Purpose,
            r.Status,
            r.Flag,
            r.RejectionReason,
            r.ComponentsHandedOver,
            r.ReturnCondition,
            r.Notes,
            r.ComponentsReturned,
            r.CheckedOutAt,
            r.ReturnedAt,
            r.CreatedAt,
            r.UpdatedAt
        );
    }
}
