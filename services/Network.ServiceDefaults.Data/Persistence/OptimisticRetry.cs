using Microsoft.EntityFrameworkCore;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Runs a read-decide-save attempt again when another request saved a guarded row (an <see cref="IVersioned"/>
/// entity) in between, so that each attempt decides on what is really stored. Where a race is expected
/// (seats, reservations), this is what makes the rule hold under concurrency.
/// </summary>
public static class OptimisticRetry
{
    public const int MaxAttempts = 100;

    /// <summary>
    /// Calls <paramref name="attempt"/> on a cleared change tracker until it saves without a concurrency
    /// conflict; after <see cref="MaxAttempts"/> the conflict is thrown.
    /// </summary>
    public static async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var number = 1; ; number++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await attempt();
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
}
