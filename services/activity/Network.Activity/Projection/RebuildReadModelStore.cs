using Network.Activity.Persistence;

namespace Network.Activity.Projection;

/// <summary>
/// The rows of a rebuild: tracked by the context until the next flush, then read back from the database when a later
/// message needs them again. The tables were emptied when the rebuild began, so a row this store never created is
/// known to be new without asking the database. Changes are detected once per flush, not at every lookup of a tracked row.
/// </summary>
internal sealed class RebuildReadModelStore : IReadModelStore, IDisposable
{
    private readonly ActivityDbContext _db;
    private readonly HashSet<(Type, Guid)> _created = [];

    public RebuildReadModelStore(ActivityDbContext db)
    {
        _db = db;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
    }

    /// <summary>The rows created, each written by the flush that followed.</summary>
    public int Count => _created.Count;

    public void Dispose() => _db.ChangeTracker.AutoDetectChangesEnabled = true;

    public async ValueTask<TRow> GetOrAddAsync<TRow>(Guid id, Func<Guid, TRow> create, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var rows = _db.Set<TRow>();
        if (rows.Local.FindEntry(id)?.Entity is { } tracked)
        {
            return tracked;
        }

        if (!_created.Add((typeof(TRow), id)))
        {
            // Created before and no longer tracked: a flush wrote it.
            return await rows.FindAsync([id], cancellationToken)
                   ?? throw new InvalidOperationException($"The rebuild's {typeof(TRow).Name} {id} went missing.");
        }

        var row = create(id);
        rows.Add(row);
        return row;
    }

    /// <summary>Saves the tracked rows (and what they change in the daily totals) and lets go of them.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        _db.ChangeTracker.DetectChanges();
        await _db.SaveChangesAsync(cancellationToken);
        _db.ChangeTracker.Clear();
    }
}
