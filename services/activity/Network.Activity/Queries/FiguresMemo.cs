using Microsoft.Extensions.Caching.Memory;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>
/// The network-wide tables (per partner, flows between partners) weigh every row of a period, and a reader asks for
/// the same one several times: the pages of a table, a dashboard opened again. Each is computed once per version of
/// the read models (<see cref="ReadModels.ReadModelState"/>), which every delivery and rebuild, in any instance,
/// moves on in its transaction: an answer is given again only while nothing changed since it was computed.
/// </summary>
public sealed class FiguresMemo(IMemoryCache cache)
{
    /// <summary>An answer nobody asked for in this long is dropped, to keep the memory it takes small.</summary>
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(1);

    /// <summary>The answer for <paramref name="key"/> in the read models' current version, computed when there is
    /// none.</summary>
    public async Task<T> GetAsync<T>(
        ActivityDbContext db,
        object key,
        Func<Task<T>> compute,
        CancellationToken cancellationToken
    )
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(compute);
        // Read before computing: a change committed meanwhile moves the version on, so the answer is never kept
        // beyond what it saw.
        var entry = (typeof(FiguresMemo), key, await db.VersionAsync(cancellationToken));
        if (cache.TryGetValue(entry, out T? known) && known is not null)
        {
            return known;
        }

        var answer = await compute();
        cache.Set(entry, answer, new MemoryCacheEntryOptions { SlidingExpiration = KeptUnused });
        return answer;
    }
}
