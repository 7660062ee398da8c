using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// How a request retries on PostgreSQL: what Npgsql retries (a restart, a dropped connection, a deadlock, a
/// serialisation failure), but not a lock it waited for in vain: the request's <c>lock_timeout</c>
/// (<see cref="PostgreSqlLocks"/>) was already the wait its caller can bear, and the caller hears 503 at once.
/// </summary>
internal sealed class RequestRetries(ExecutionStrategyDependencies dependencies, int retries, TimeSpan delay)
    : NpgsqlRetryingExecutionStrategy(dependencies, retries, delay, errorCodesToAdd: null)
{
    protected override bool ShouldRetryOn(Exception? exception) =>
        exception is not PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable }
        && base.ShouldRetryOn(exception);
}
