namespace Network.Activity.Projection;

/// <summary>Where the projection finds the row of an aggregate, created on first sight: the database, or memory during
/// a rebuild.</summary>
public interface IReadModelStore
{
    ValueTask<TRow> GetOrAddAsync<TRow>(Guid id, Func<Guid, TRow> create, CancellationToken cancellationToken)
        where TRow : class;
}
