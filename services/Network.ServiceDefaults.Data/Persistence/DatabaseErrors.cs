using System.Data.Common;
using Npgsql;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// The one place that says which database errors mean "briefly unavailable, try again shortly": transient by the
/// provider's word, SQLite busy or locked (<see cref="SqliteBusy"/>), and on PostgreSQL a serialisation failure, a
/// deadlock, a lock or statement timeout, or a server shutting down or starting up.
/// </summary>
public static class DatabaseErrors
{
    private static readonly HashSet<string> PostgreSqlStates =
    [
        PostgresErrorCodes.SerializationFailure,
        PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.LockNotAvailable,
        PostgresErrorCodes.QueryCanceled,
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown,
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections,
    ];

    public static bool IsTransient(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return SqliteBusy.IsTransient(exception)
            || exception is PostgresException postgres && PostgreSqlStates.Contains(postgres.SqlState);
    }
}
