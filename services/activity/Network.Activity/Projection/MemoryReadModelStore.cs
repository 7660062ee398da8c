namespace Network.Activity.Projection;

/// <summary>Rows held in memory while every stored message is replayed, written to the database in bulk afterwards.</summary>
public sealed class MemoryReadModelStore : IReadModelStore
{
    private readonly Dictionary<(Type, Guid), object> _rows = [];

    public IEnumerable<object> Rows => _rows.Values;

    public int Count => _rows.Count;

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
