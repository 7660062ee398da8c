using System.Text.Json.Serialization;
using Network.Equipment.Domain;

namespace Network.Equipment.Api;

/// <summary>An item of the catalogue, with its owner's name and commune from the partners directory.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="OwnerId">The partner that owns the item.</param>
/// <param name="OwnerName">The owner's name, when known.</param>
/// <param name="Commune">The owner's commune, where the item is collected.</param>
/// <param name="Name">The item's name.</param>
/// <param name="Category">The kind of equipment.</param>
/// <param name="AssetTag">The owner's inventory tag, when given.</param>
/// <param name="SerialNumber">The maker's serial number, when given.</param>
/// <param name="Description">What the item is and holds, when given.</param>
/// <param name="Condition">The item's state.</param>
/// <param name="Status">Whether the item is available, in maintenance or retired.</param>
/// <param name="Shareable">Whether other partners may borrow it.</param>
/// <param name="LoanRules">How the item may be borrowed.</param>
/// <param name="Components">The parts lent with the item.</param>
/// <param name="CreatedAt">When the item was registered (UTC).</param>
/// <param name="UpdatedAt">When the item last changed (UTC).</param>
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
    DateTimeOffset UpdatedAt
)
{
    /// <summary>On the item's own page only: the reservations still to come or under way, soonest first.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<UpcomingReservation>? UpcomingReservations { get; init; }

    public static ItemResponse From(Item item, PartnerName? owner)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemResponse(
            item.Id,
            item.OwnerId,
            owner?.Name,
            owner?.Commune,
            item.Name,
            item.Category,
            item.AssetTag,
            item.SerialNumber,
            item.Description,
            item.Condition,
            item.Status,
            item.Shareable,
            item.LoanRules,
            item.Components,
            item.CreatedAt,
            item.UpdatedAt
        );
    }
}

/// <summary>A reservation on an item's page: the purpose only for the two parties of the loan.</summary>
/// <param name="Id">The reservation's id.</param>
/// <param name="BorrowerId">The borrowing partner.</param>
/// <param name="BorrowerName">The borrower's name, when known.</param>
/// <param name="From">When the loan starts.</param>
/// <param name="To">When the item is due back.</param>
/// <param name="Status">Where the reservation stands.</param>
/// <param name="Purpose">What the item is borrowed for; shown to the owner and the borrower only.</param>
public sealed record UpcomingReservation(
    Guid Id,
    Guid BorrowerId,
    string? BorrowerName,
    DateTimeOffset From,
    DateTimeOffset To,
    ReservationStatus Status,
    string? Purpose
);

/// <summary>A partner's name and commune, as the replica of the directory knows them.</summary>
public sealed record PartnerName(Guid Id, string Name, string Commune);
