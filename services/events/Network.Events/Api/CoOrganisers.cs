using Microsoft.EntityFrameworkCore;
using Network.Events.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>A co-organiser gets the organiser's rights on the event: it must be another partner, and an active
/// one.</summary>
internal static class CoOrganisers
{
    public static async Task CheckAsync(
        EventsDbContext db,
        IReadOnlyList<Guid> coOrganiserIds,
        Guid organiserId,
        ValidationErrors errors,
        CancellationToken cancellationToken
    )
    {
        if (coOrganiserIds.Count == 0)
        {
            return;
        }

        var active = await db
            .Partners.Where(p => coOrganiserIds.Contains(p.Id) && p.Status == "active")
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in coOrganiserIds.Distinct().Where(id => id == organiserId || !active.Contains(id)))
        {
            errors.Add(
                "coOrganiserIds",
                id == organiserId
                    ? "L'organisateur n'est pas aussi co-organisateur."
                    : $"{id} n'est pas une structure active du réseau."
            );
        }
    }
}
