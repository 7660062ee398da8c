namespace Network.Portal.Api;

// What the portal reads of the equipment service's answers (its OpenAPI document); fields it does not show are left
// out.

/// <summary>A reservation as its two structures see it: the item, who lends it, who borrows it, when, and where it
/// stands.</summary>
public sealed record Loan(
    Guid Id,
    Guid EquipmentId,
    string? EquipmentName,
    Guid OwnerId,
    Guid BorrowerId,
    string? BorrowerName,
    DateTimeOffset From,
    DateTimeOffset To,
    string Status
);
