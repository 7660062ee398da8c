using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// SQLite answers a write while another connection holds the write lock with SQLITE_BUSY (or SQLITE_LOCKED), after
/// Microsoft.Data.Sqlite has retried for the command timeout, which is also its busy timeout (30 s unless the
/// connection string's <c>Default Timeout</c> says otherwise). Such an error is transient, yet
/// <see cref="DbException.IsTransient"/> is false for it: this is the one place that knows better, and the place that
/// bounds the wait.
/// </summary>
/// <remarks>
/// How long to wait depends on who waits. A request has a caller at the other end, who should hear within seconds that
/// the service is briefly unavailable (503) rather than hang. Background work (consumers, the outbox dispatcher,
/// seeding, timers) has no one waiting and a retry budget to spend: it keeps the provider's longer wait, so that
/// ordinary contention between instances on one file never exhausts its retries.
/// </remarks>
public static class SqliteBusy
{
    /// <summary>How long a request's write waits for the lock, when the connection string is silent.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>
    /// The connection string for a request (<paramref name="inRequest"/>): with <see cref="RequestTimeout"/> as its
    /// busy timeout unless it sets one. Background work gets it unchanged.
    /// </summary>
    public static string ForCaller(string connectionString, bool inRequest)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (
            !inRequest
            || connectionString.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase)
        )
        {
            return connectionString;
        }

        return new SqliteConnectionStringBuilder(connectionString)
        {
            DefaultTimeout = (int)RequestTimeout.TotalSeconds,
        }.ToString();
    }

    /// <summary>A database error worth trying again shortly: transient by the provider's word, or SQLite busy or
    /// locked.</summary>
    public static bool IsTransient(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.IsTransient || exception is SqliteException { SqliteErrorCode: Busy or Locked };
    }
}
