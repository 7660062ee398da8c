using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.Equipment.Api;

/// <summary>
/// The filters of the catalogue. <c>availableFrom</c>/<c>availableTo</c> keep the available items with no
/// approved, checked-out or overdue reservation colliding with the window, each item's buffer included.
/// </summary>
internal sealed record CatalogueQuery(
    EquipmentCategory? Category,
    string? Commune,
    Guid? OwnerId,
    string? Q,
    ItemStatus? Status,
    DateTimeOffset? AvailableFrom,
    DateTimeOffset? AvailableTo
)
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static (CatalogueQuery? Query, ValidationErrors Errors) From(
        string? category,
        string? commune,
        Guid? ownerId,
        string? q,
        string? status,
        DateTimeOffset? availableFrom,
        DateTimeOffset? availableTo
    )
    {
        var parsedCategory = KebabCodes.TryParse<EquipmentCategory>(category, out var c) ? c : (EquipmentCategory?)null;
        var parsedStatus = KebabCodes.TryParse<ItemStatus>(status, out var s) ? s : (ItemStatus?)null;
        var errors = new ValidationErrors()
            .Require(
                category is null || parsedCategory is not null,
                "category",
                $"« {category} » n'est pas une catégorie d'équipement."
            )
            .Require(
                status is null || parsedStatus is not null,
                "status",
                $"« {status} » n'est pas un statut d'équipement (available, maintenance, retired)."
            )
            .Require(
                (availableFrom is null) == (availableTo is null),
                availableFrom is null ? "availableFrom" : "availableTo",
                "availableFrom et availableTo vont ensemble."
            )
            .Require(
                availableFrom is null || availableTo is null || availableTo > availableFrom,
                "availableTo",
                "availableTo vient après availableFrom."
            )
            .Require(
                availableFrom is null || (availableFrom > Earliest && availableFrom < Latest),
                "availableFrom",
                "availableFrom est une date entre 2000 et 2100."
            )
            .Require(
                availableTo is null || (availableTo > Earliest && availableTo < Latest),
                "availableTo",
                "availableTo est une date entre 2000 et 2100."
            );
        return errors.IsEmpty
            ? (
                new CatalogueQuery(
                    parsedCategory,
                    commune,
                    ownerId,
                    q,
                    parsedStatus,
                    availableFrom?.ToUniversalTime(),
                    availableTo?.ToUniversalTime()
                ),
                errors
            )
            : (null, errors);
    }

    public IQueryable<Item> Apply(IQueryable<Item> items, EquipmentDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = Status is { } status
            ? items.Where(i => i.Status == status)
            : items.Where(i => i.Status != ItemStatus.Retired);
        query = Category is { } category ? query.Where(i => i.Category == category) : query;
        query = OwnerId is { } owner ? query.Where(i => i.OwnerId == owner) : query;
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var owners = db.Partners.Where(p => p.Commune == Commune.Trim()).Select(p => p.Id);
            query = query.Where(i => owners.Contains(i.OwnerId));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var escaped = Q.Trim()
                .Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal);
            var pattern = $"%{escaped}%";

            // LIKE ignores case on SQLite and SQL Server's default collation; PostgreSQL's ILIKE does the same.
            query = db.Database.IsNpgsql()
                ? query.Where(i =>
                    EF.Functions.ILike(i.Name, pattern, "\\")
                    || EF.Functions.ILike(i.Description!, pattern, "\\")
                    || EF.Functions.ILike(i.AssetTag!, pattern, "\\")
                )
                : query.Where(i =>
                    EF.Functions.Like(i.Name, pattern, "\\")
                    || EF.Functions.Like(i.Description!, pattern, "\\")
                    || EF.Functions.Like(i.AssetTag!, pattern, "\\")
                );
        }

        return AvailableFrom is null ? query : query.Where(i => i.Status == ItemStatus.Available);
    }

    /// <summary>Keeps, of <paramref name="candidates"/>, the items free for the whole window (every item when no window
    /// is asked).</summary>
    public async Task<List<Item>> FreeAsync(
        List<Item> candidates,
        EquipmentDbContext db,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        if (AvailableFrom is not { } from || AvailableTo is not { } to)
        {
            return candidates;
        }

        // Fetch every blocking reservation near the window (by the widest buffer), then apply each item's own.
        var widest = TimeSpan.FromHours(ItemLimits.MaxBufferHours);
        var (until, since) = (to + widest, from - widest);
        var ids = candidates.Select(i => i.Id).ToList();
        var blocking = await db
            .Reservations.AsNoTracking()
            .Where(r =>
                ids.Contains(r.EquipmentId)
                && r.From < until
                && r.To > since
                && (
                    r.Status == ReservationStatus.Approved
                    || r.Status == ReservationStatus.CheckedOut
                    || r.Status == ReservationStatus.Overdue
                )
            )
            .ToListAsync(cancellationToken);
        var byItem = blocking.ToLookup(r => r.EquipmentId);
        var window = new LoanWindow(from, to);
        return [.. candidates.Where(i => Reservation.FirstCollision(window, i.LoanRules.Buffer, byItem[i.Id]) is null)];
    }
}
