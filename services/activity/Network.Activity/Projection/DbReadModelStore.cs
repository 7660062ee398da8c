using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Contracts;

namespace Network.Activity.Projection;

/// <summary>
/// Rows from the activity database, tracked by the context and saved with the message that changed them. A store made
/// for a batch (<see cref="ForBatchAsync"/>) reads every row its messages need first, one query per table: then no
/// message waits for a query of its own, and a row that query did not find is new without asking again.
/// </summary>
internal sealed class DbReadModelStore(ActivityDbContext db) : IReadModelStore
{
    private readonly HashSet<(Type Table, Guid Id)> _read = [];

    public static async Task<DbReadModelStore> ForBatchAsync(
        ActivityDbContext db,
        IEnumerable<IIntegrationEvent> messages,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(messages);
        var wanted = new WantedRows();
        foreach (var message in messages)
        {
            await ActivityProjection.ApplyAsync(message, wanted, cancellationToken);
        }

        var store = new DbReadModelStore(db);
        foreach (var (table, ids, readAsync) in wanted.Tables)
        {
            await readAsync(db, cancellationToken);
            store._read.UnionWith(ids.Select(id => (table, id)));
        }

        return store;
    }

    public async ValueTask<TRow> GetOrAddAsync<TRow>(
        Guid id,
        Func<Guid, TRow> create,
        CancellationToken cancellationToken
    )
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(create);
        var rows = db.Set<TRow>();
        var row = rows.Local.FindEntry(id)?.Entity
            ?? (_read.Contains((typeof(TRow), id)) ? null : await rows.FindAsync([id], cancellationToken));
        if (row is null)
        {
            row = create(id);
            rows.Add(row);
        }

        return row;
    }

    /// <summary>The rows a batch's messages ask for, found by applying them to rows of their own that nothing
    /// keeps: which rows a message changes depends on the message alone.</summary>
    private sealed class WantedRows : IReadModelStore
    {
        private readonly Dictionary<
            Type,
            (HashSet<Guid> Ids, Func<ActivityDbContext, CancellationToken, Task> Read)
        > _tables = [];

        public IEnumerable<(
            Type Table,
            HashSet<Guid> Ids,
            Func<ActivityDbContext, CancellationToken, Task> Read
        )> Tables => _tables.Select(table => (table.Key, table.Value.Ids, table.Value.Read));

        public ValueTask<TRow> GetOrAddAsync<TRow>(
            Guid id,
            Func<Guid, TRow> create,
            CancellationToken cancellationToken
        )
            where TRow : class
        {
            ArgumentNullException.ThrowIfNull(create);
            if (!_tables.TryGetValue(typeof(TRow), out var table))
            {
                var ids = new HashSet<Guid>();
                table = (ids, (db, token) => ReadAsync<TRow>(db, [.. ids], token));
                _tables[typeof(TRow)] = table;
            }

            table.Ids.Add(id);
            return ValueTask.FromResult(create(id));
        }

        private static Task ReadAsync<TRow>(ActivityDbContext db, List<Guid> ids, CancellationToken cancellationToken)
            where TRow : class =>
            db.Set<TRow>().Where(row => ids.Contains(EF.Property<Guid>(row, "Id"))).LoadAsync(cancellationToken);
    }
}
