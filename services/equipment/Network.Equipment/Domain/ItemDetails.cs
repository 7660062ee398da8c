namespace Network.Equipment.Domain;

/// <summary>What an owner says of an item, validated: the fields it registers and edits.</summary>
public sealed record ItemDetails(
    string Name,
    EquipmentCategory Category,
    string? AssetTag,
    string? SerialNumber,
    string? Description,
    ItemCondition Condition,
    bool Shareable,
    LoanRules LoanRules,
    IReadOnlyList<string> Components
);
