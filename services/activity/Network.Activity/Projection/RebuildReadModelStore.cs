using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Projection;

/// <summary>
/// The rows of a rebuild: tracked by the context until the next flush, then read back from the database when a later
/// message needs them again. The tables were emptied when the rebuild began, so a row this store never created is
/// known to be new without asking the database; which rows it created is kept in a filter of fixed size, so the memory
/// does not grow with the rows. Changes are detected once per flush, not at every lookup of a tracked row, and what
/// they change in the daily totals is added up in memory (a few thousand days and communes) and written once, at the
/// end.
/// </summary>
internal sealed class RebuildReadModelStore : IReadModelStore, IDisposable
{
    private readonly ActivityDbContext _db;
    private readonly RowKeyFilter _created;

    public RebuildReadModelStore(ActivityDbContext db, RowKeyFilter created)
    {
        _db = db;
        _created = created;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        _db.DeferTotals();
    }

    /// <summary>The rows created, each written by the flush that followed.</summary>
    public int Count { get; private set; }

    public void Dispose()
    {
        _db.ChangeTracker.AutoDetectChangesEnabled = true;
        _db.DiscardDeferredTotals();
    }

    public async ValueTask<TRow> GetOrAddAsync<TRow>(
        Guid id,
        Func<Guid, TRow> create,
        CancellationToken cancellationToken
    )
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var rows = _db.Set<TRow>();
        if (rows.Local.FindEntry(id)?.Entity is { } tracked)
        {
            return tracked;
        }

        // Perhaps created before and no longer tracked: then a flush wrote it.
        if (
            _created.MightContain(typeof(TRow), id)
            && await RowById<TRow>.Find(_db, id, cancellationToken) is { } written
        )
        {
            return written;
        }

        _created.Add(typeof(TRow), id);
        Count++;
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

    /// <summary>Saves the last rows, then the daily totals of every row saved.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _db.SaveDeferredTotalsAsync(cancellationToken);
    }

    /// <summary>A row by its key, as one compiled query per table: a read-back runs hundreds of thousands of
    /// times.</summary>
    private static class RowById<TRow>
        where TRow : class
    {
        public static readonly Func<ActivityDbContext, Guid, CancellationToken, Task<TRow?>> Find =
            EF.CompileAsyncQuery(
                (ActivityDbContext db, Guid id, CancellationToken _) =>
                    db.Set<TRow>().FirstOrDefault(row => EF.Property<Guid>(row, "Id") == id)
            );
    }
}
