namespace Network.Contracts.Equipment;

/// <summary>
/// A reservation as the activity view needs it: the item, who lends, who borrows, what kind, where (the
/// owner's commune) and when. The purpose and notes stay in the equipment service.
/// </summary>
public sealed record ReservationSnapshot(
    Guid ReservationId,
    EquipmentSnapshot Equipment,
    Guid BorrowerId,
    DateTimeOffset From,
    DateTimeOffset To
);
