using Network.Activity.Projection;

namespace Network.Activity.Tests;

/// <summary>Rows held in memory: the projection alone, without a database.</summary>
internal sealed class MemoryReadModelStore : IReadModelStore
{
    private readonly Dictionary<(Type, Guid), object> _rows = [];

    public IEnumerable<object> Rows => _rows.Values;

    public ValueTask<TRow> GetOrAddAsync<TRow>(Guid id, Func<Guid, TRow> create, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!_rows.TryGetValue((typeof(TRow), id), out var row))
        {
            row = create(id);
            _rows[(typeof(TRow), id)] = row;
        }

        return ValueTask.FromResult((TRow)row);
    }
}
