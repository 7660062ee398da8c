using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;

namespace Network.Equipment.Api;

/// <summary>The catalogue of the pool: a partner's own items and the others' shared ones; everything for the
/// coordinator.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this RouteGroupBuilder equipment)
    {
        equipment
            .MapGet("/", ListAsync)
            .WithSummary(
                "The catalogue: own items and other partners' shareable ones; filters category, commune, ownerId, "
                    + "q, status, availableFrom/availableTo."
            )
            .WithDescription(
                "availableFrom and availableTo go together and keep only available items with no approved, "
                    + "checked-out or overdue reservation within the window widened by the item's buffer. Retired "
                    + "items appear only with status=retired (own items only)."
            );
        equipment
            .MapGet("/{id:guid}", GetAsync)
            .WithSummary(
                "An item with its upcoming reservations: borrower names for all, the purpose only for the loan's "
                    + "two parties."
            );
    }

    private static async Task<Results<Ok<PagedList<ItemResponse>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        EquipmentDbContext db,
        Caller caller,
        [AsParameters] CatalogueParameters parameters,
        CancellationToken cancellationToken
    )
    {
        var (category, commune, ownerId, q, status, availableFrom, availableTo, page, pageSize) = parameters;
        if (!Access.MayBrowse(caller))
        {
            return caller.MustNamePartner ? ActingPartner.NotNamed() : TypedResults.Forbid();
        }

        var (paging, pagingErrors) = Paging.From(page, pageSize);
        var (query, errors) = CatalogueQuery.From(category, commune, ownerId, q, status, availableFrom, availableTo);
        if (paging is null || query is null)
        {
            var all = errors.ToDictionary();
            foreach (var (field, messages) in pagingErrors ?? [])
            {
                all[field] = messages;
            }

            return TypedResults.ValidationProblem(all);
        }

        var items = query.Apply(Visible(db.Items.AsNoTracking(), caller), db).OrderBy(i => i.Name).ThenBy(i => i.Id);
        List<Item> pageItems;
        int total;
        if (query.AvailableFrom is null)
        {
            total = await items.CountAsync(cancellationToken);
            pageItems = await items.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        }
        else
        {
            var free = await query.FreeAsync(await items.ToListAsync(cancellationToken), db, cancellationToken);
            total = free.Count;
            pageItems = [.. free.Skip(paging.Skip).Take(paging.PageSize)];
        }

        var owners = await db.NamesAsync(pageItems.Select(i => i.OwnerId), cancellationToken);
        return TypedResults.Ok(
            new PagedList<ItemResponse>(
                [.. pageItems.Select(i => ItemResponse.From(i, owners.GetValueOrDefault(i.OwnerId)))],
                paging.Page,
                paging.PageSize,
                total
            )
        );
    }

    private static async Task<Results<Ok<ItemResponse>, NotFound>> GetAsync(
        Guid id,
        [AsParameters] ItemEndpoints.ItemContext context,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var (db, http, caller) = context;
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || !Access.MaySee(caller, item))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var upcoming = await db
            .Reservations.AsNoTracking()
            .Where(r =>
                r.EquipmentId == id
                && (
                    r.Status == ReservationStatus.Overdue
                    || (
                        r.To > now
                        && (
                            r.Status == ReservationStatus.Requested
                            || r.Status == ReservationStatus.Approved
                            || r.Status == ReservationStatus.CheckedOut
                        )
                    )
                )
            )
            .OrderBy(r => r.From)
            .ToListAsync(cancellationToken);
        var names = await db.NamesAsync(upcoming.Select(r => r.BorrowerId).Append(item.OwnerId), cancellationToken);
        http.Response.SetETag(item.Version);
        return TypedResults.Ok(
            ItemResponse.From(item, names.GetValueOrDefault(item.OwnerId)) with
            {
                UpcomingReservations =
                [
                    .. upcoming.Select(r => new UpcomingReservation(
                        r.Id,
                        r.BorrowerId,
                        names.GetValueOrDefault(r.BorrowerId)?.Name,
                        r.From,
                        r.To,
                        r.Status,
                        Access.IsParty(caller, r) ? r.Purpose : null
                    )),
                ],
            }
        );
    }

    /// <summary>What the caller may list: the coordinator everything, a partner its own items and the others' shared
    /// ones.</summary>
    private static IQueryable<Item> Visible(IQueryable<Item> items, Caller caller)
    {
        if (caller.IsCoordinator && caller.StaffPartnerId is null)
        {
            return items;
        }

        var partner = caller.StaffPartnerId!.Value;
        return items.Where(i => i.OwnerId == partner || (i.Shareable && i.Status != ItemStatus.Retired));
    }

    /// <summary>The catalogue's filters and page, named as in the query: a binding failure names the field as the
    /// client wrote it.</summary>
    internal readonly record struct CatalogueParameters(
        string? category,
        string? commune,
        Guid? ownerId,
        string? q,
        string? status,
        DateTimeOffset? availableFrom,
        DateTimeOffset? availableTo,
        int? page,
        int? pageSize
    );
}
