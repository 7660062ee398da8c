using Network.Equipment.Domain;

namespace Network.Equipment.Api;

/// <summary>A reservation as its two parties see it.</summary>
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
    DateTimeOffset UpdatedAt)
{
    public static ReservationResponse Of(Reservation r, string? equipmentName, string? borrowerName)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new ReservationResponse(
            r.Id, r.EquipmentId, equipmentName, r.OwnerId, r.BorrowerId, borrowerName, r.From, r.To, r.Purpose, r.Status, r.Flag, r.RejectionReason,
            r.ComponentsHandedOver, r.ReturnCondition, r.Notes, r.ComponentsReturned, r.CheckedOutAt, r.ReturnedAt, r.CreatedAt, r.UpdatedAt);
    }
}
