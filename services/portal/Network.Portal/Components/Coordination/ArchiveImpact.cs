using Network.Portal.Api;

namespace Network.Portal.Components.Coordination;

/// <summary>
/// What archiving a structure takes away, as far as the coordinator can count it: its published workshops still to
/// come and the places reserved at them (its drafts are cancelled too, but only its own staff see them), and its items
/// still in the pool with their loans to come, which retiring them cancels.
/// </summary>
/// <param name="Workshops">The published workshops it organises that have not started.</param>
/// <param name="Seats">The places reserved at them.</param>
/// <param name="Items">Its items not yet retired.</param>
/// <param name="Loans">The requested and approved loans to come of those items.</param>
public sealed record ArchiveImpact(int Workshops, int Seats, int Items, int Loans)
{
    public static async Task<ArchiveImpact> CountAsync(
        Guid structure,
        DateTimeOffset now,
        WorkshopsClient workshops,
        EquipmentClient equipment,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(workshops);
        ArgumentNullException.ThrowIfNull(equipment);
        var listed = await AllPages.ReadAsync(page =>
            workshops.ListAsync(
                new WorkshopQuery(OrganiserId: structure.ToString(), Page: page, PageSize: AllPages.PageSize),
                cancellationToken
            )
        );
        // The list gives the workshops it co-organises too, which stay with their organiser, and those under way, which
        // take place.
        var organised = listed.Where(workshop => workshop.OrganiserId == structure && workshop.StartsAt > now).ToList();
        var items = await AllPages.ReadAsync(page =>
            equipment.ListAsync(
                new EquipmentQuery(OwnerId: structure, Page: page, PageSize: AllPages.PageSize),
                cancellationToken
            )
        );
        var loans = 0;
        foreach (var item in items)
        {
            var read = await equipment.GetAsync(item.Id, cancellationToken);
            loans += read.Value?.UpcomingReservations?.Count(loan => loan.Status is "requested" or "approved") ?? 0;
        }

        return new ArchiveImpact(organised.Count, organised.Sum(workshop => workshop.SeatsTaken), items.Count, loans);
    }
}
