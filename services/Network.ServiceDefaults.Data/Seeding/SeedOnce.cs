using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Network.ServiceDefaults.Seeding;

/// <summary>
/// Seeds demo data exactly once however many instances of a service start at the same moment on the same database: the
/// check and the writes run in one transaction that holds the database's write lock (SQLite) or an application lock
/// (SQL Server, PostgreSQL) from the start, so the second instance waits, then finds the data there and adds nothing.
/// </summary>
public static class SeedOnce
{
    private const int Attempts = 30;

    /// <param name="seeded">Whether the demo data is already there.</param>
    /// <param name="seed">Adds the demo data through <paramref name="db"/>, without saving.</param>
    /// <returns>True when this call seeded, false when the data was already there.</returns>
    public static async Task<bool> RunAsync(
        DbContext db,
        Func<CancellationToken, Task<bool>> seeded,
        Func<CancellationToken, Task> seed,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seeded);
        ArgumentNullException.ThrowIfNull(seed);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await db
                    .Database.CreateExecutionStrategy()
                    .ExecuteAsync(
                        async token =>
                        {
                            db.ChangeTracker.Clear();

                            // On SQLite, a transaction begins IMMEDIATE: it takes the write lock before the check.
                            await using var transaction = await db.Database.BeginTransactionAsync(token);
                            if (db.Database.IsSqlServer())
                            {
                                await db.Database.ExecuteSqlRawAsync(
                                    "EXEC sp_getapplock @Resource = N'demo-seed', @LockMode = N'Exclusive', "
                                        + "@LockOwner = N'Transaction', @LockTimeout = 60000;",
                                    token
                                );
                            }
                            else if (db.Database.IsNpgsql())
                            {
                                // Released with the transaction; the key is the lock's name, hashed.
                                await db.Database.ExecuteSqlRawAsync(
                                    "SELECT pg_advisory_xact_lock(hashtext('demo-seed'));",
                                    token
                                );
                            }

                            if (await seeded(token))
                            {
                                return false;
                            }

                            await seed(token);
                            await db.SaveChangesAsync(token);
                            await transaction.CommitAsync(token);
                            return true;
                        },
                        cancellationToken
                    );
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6 && attempt < Attempts)
            {
                // Another instance is seeding (or a long write holds the lock): wait for it, then look again.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }
}
