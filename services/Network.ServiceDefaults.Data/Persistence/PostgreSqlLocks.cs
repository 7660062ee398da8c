using Npgsql;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// PostgreSQL lets a statement wait for a row lock as long as the lock is held. A request has a caller waiting, who
/// should hear within seconds that the service is briefly unavailable (503, <see cref="DatabaseErrors"/>) rather than
/// hang: its connections carry a <c>lock_timeout</c>. Background work keeps the server's default and simply waits.
/// </summary>
public static class PostgreSqlLocks
{
    /// <summary>How long a request's statement waits for a lock, when the connection string is silent.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The connection string for a request (<paramref name="inRequest"/>): with <see cref="RequestTimeout"/>
    /// as its <c>lock_timeout</c> unless its <c>Options</c> set one. Background work gets it unchanged.</summary>
    public static string ForCaller(string connectionString, bool inRequest)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!inRequest || builder.Options?.Contains("lock_timeout", StringComparison.OrdinalIgnoreCase) == true)
        {
            return connectionString;
        }

        var timeout = $"-c lock_timeout={(int)RequestTimeout.TotalMilliseconds}";
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? timeout : $"{builder.Options} {timeout}";
        return builder.ToString();
    }
}
