using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// A transaction whose reads and writes take effect as if no other ran beside it. SQLite's transactions always are
/// (one writer at a time). A server database runs them side by side, so there it is asked for: of two consumers that
/// read the same row (a tally, a read model, the inbox's record of a message) and write it, one fails with a
/// serialisation failure, or a deadlock, which the retrying strategy runs again on what the other saved, instead of
/// one losing the other's update or breaking a key.
/// </summary>
public static class SerializableTransactions
{
    /// <summary>Begins it; run it inside <c>Database.CreateExecutionStrategy().ExecuteAsync</c>, which retries the
    /// whole unit.</summary>
    public static Task<IDbContextTransaction> BeginSerializableTransactionAsync(
        this DatabaseFacade database,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsSqlite()
            ? database.BeginTransactionAsync(cancellationToken)
            : database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
    }
}
