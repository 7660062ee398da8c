using System.Text.Json.Serialization;
using Network.Equipment.Domain;

namespace Network.Equipment.Api;

/// <summary>An item of the catalogue, with its owner's name and commune from the partners directory.</summary>
public sealed record ItemResponse(
    Guid Id,
    Guid OwnerId,
    string? OwnerName,
    string? Commune,
    string Name,
    EquipmentCategory Category,
    string? AssetTag,
    string? SerialNumber,
    string? Description,
    ItemCondition Condition,
    ItemStatus Status,
    bool Shareable,
    LoanRules LoanRules,
    IReadOnlyList<string> Components,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>On the item's own page only: the reservations still to come or under way, soonest first.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<UpcomingReservation>? UpcomingReservations { get; init; }

    public static ItemResponse From(Item item, PartnerName? owner)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemResponse(
            item.Id, item.OwnerId, owner?.Name, owner?.Commune, item.Name, item.Category, item.AssetTag, item.SerialNumber, item.Description,
            item.Condition, item.Status, item.Shareable, item.LoanRules, item.Components, item.CreatedAt, item.UpdatedAt);
    }
}

/// <summary>A reservation on an item's page: the purpose only for the two parties of the loan.</summary>
public sealed record UpcomingReservation(
    Guid Id, Guid BorrowerId, string? BorrowerName, DateTimeOffset From, DateTimeOffset To, ReservationStatus Status, string? Purpose);

/// <summary>A partner's name and commune, as the replica of the directory knows them.</summary>
public sealed record PartnerName(Guid Id, string Name, string Commune);
