namespace Network.Contracts.Equipment;

/// <summary>An item of the shared pool as the activity view needs it: whose, what kind, where. No personal
/// data.</summary>
/// <param name="Category">Kebab-case category (<c>laptop</c>, <c>radio-kit</c>...).</param>
/// <param name="PostalCode">The owner's postal code, from the partners directory.</param>
/// <param name="Commune">The owner's commune, from the partners directory.</param>
public sealed record EquipmentSnapshot(
    Guid EquipmentId,
    Guid OwnerId,
    string Category,
    string PostalCode,
    string Commune
);
