using Microsoft.EntityFrameworkCore;
using Network.Equipment.Persistence;

namespace Network.Equipment.Api;

/// <summary>Names and communes of partners, from the replica of the directory, for the answers staff read.</summary>
internal static class PartnerNames
{
    public static async Task<Dictionary<Guid, PartnerName>> NamesAsync(
        this EquipmentDbContext db,
        IEnumerable<Guid> ids,
        CancellationToken cancellationToken
    )
    {
        var wanted = ids.Distinct().ToList();
        return await db
            .Partners.AsNoTracking()
            .Where(p => wanted.Contains(p.Id))
            .Select(p => new PartnerName(p.Id, p.Name, p.Commune))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
