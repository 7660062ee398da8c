using Microsoft.EntityFrameworkCore;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Runs a read-decide-save attempt again when another request saved a guarded row (an <see cref="IVersioned"/>
/// entity) in between, so that each attempt decides on what is really stored. Where a race is expected
/// (seats, reservations), this is what makes the rule hold under concurrency.
/// </summary>
/// <remarks>
/// SQLite runs one write at a time, so racing attempts mostly find the row as they read it. A server database runs
/// them side by side: each would read the same version, and all but one would lose, again and again. There, an
/// attempt given the guarded rows (<c>serialise</c>) first takes their row lock in its own transaction: racing
/// attempts queue on it and each decides on what the previous one saved, in arrival order. The version stays the
/// guard; the lock only saves the lost rounds.
/// </remarks>
public static class OptimisticRetry
{
    public const int MaxAttempts = 100;

    /// <summary>
    /// Calls <paramref name="attempt"/> on a cleared change tracker until it saves without a concurrency
    /// conflict; after <see cref="MaxAttempts"/> the conflict is thrown.
    /// </summary>
    public static Task<T> RunAsync<T>(DbContext db, Func<Task<T>> attempt, CancellationToken cancellationToken) =>
        RunAsync(db, serialise: null, attempt, cancellationToken);

    /// <summary>
    /// The same, each attempt on a server database beginning with <paramref name="serialise"/> (which locks the
    /// guarded rows, see <see cref="RowLocks.LockAsync"/>) in a transaction that ends with the attempt.
    /// </summary>
    public static async Task<T> RunAsync<T>(
        DbContext db,
        Func<CancellationToken, Task>? serialise,
        Func<Task<T>> attempt,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var number = 1; ; number++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return serialise is null || db.Database.IsSqlite()
                    ? await attempt()
                    : await SerialisedAsync(db, serialise, attempt, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (number < MaxAttempts)
            {
                await Task.Delay(Backoff(number), cancellationToken);
            }
        }
    }

    /// <summary>A short random wait that grows with the attempts, so that racing requests spread out.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)));

    private static Task<T> SerialisedAsync<T>(
        DbContext db,
        Func<CancellationToken, Task> serialise,
        Func<Task<T>> attempt,
        CancellationToken cancellationToken
    ) =>
        db
            .Database.CreateExecutionStrategy()
            .ExecuteAsync(
                async token =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    await serialise(token);
                    var result = await attempt();
                    await transaction.CommitAsync(token);
                    return result;
                },
                cancellationToken
            );
}

/// <summary>Row locks taken through the model, on every provider.</summary>
public static class RowLocks
{
    /// <summary>
    /// Takes the write lock of <paramref name="rows"/> until the transaction ends, with an update that changes
    /// nothing (a version set to itself): a server database queues any other writer, or locker, of those rows.
    /// </summary>
    public static Task<int> LockAsync<TEntity>(this IQueryable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class, IVersioned =>
        rows.ExecuteUpdateAsync(set => set.SetProperty(row => row.Version, row => row.Version), cancellationToken);
}
