using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// SQLite answers a write while another connection holds the write lock with SQLITE_BUSY (or SQLITE_LOCKED), after
/// Microsoft.Data.Sqlite has retried for the command timeout, which is also its busy timeout (30 s unless the connection
/// string's <c>Default Timeout</c> says otherwise). Such an error is transient, yet <see cref="DbException.IsTransient"/>
/// is false for it: this is the one place that knows better, and the place that bounds the wait.
/// </summary>
public static class SqliteBusy
{
    /// <summary>How long a write waits for the lock before the service gives up and says so, when the connection string is silent.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>The connection string, with <see cref="DefaultTimeout"/> as its busy timeout unless it sets one.</summary>
    public static string WithBoundedWait(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = (int)DefaultTimeout.TotalSeconds;
        }

        return builder.ToString();
    }

    /// <summary>A database error worth trying again shortly: transient by the provider's word, or SQLite busy or locked.</summary>
    public static bool IsTransient(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.IsTransient || exception is SqliteException { SqliteErrorCode: Busy or Locked };
    }
}
