using Network.Activity.Persistence;

namespace Network.Activity.Projection;

/// <summary>Rows from the activity database, tracked by the context and saved with the message that changed
/// them.</summary>
internal sealed class DbReadModelStore(ActivityDbContext db) : IReadModelStore
{
    public async ValueTask<TRow> GetOrAddAsync<TRow>(
        Guid id,
        Func<Guid, TRow> create,
        CancellationToken cancellationToken
    )
        where TRow : class
    {
        var row = await db.Set<TRow>().FindAsync([id], cancellationToken);
        if (row is null)
        {
            row = create(id);
            db.Set<TRow>().Add(row);
        }

        return row;
    }
}
