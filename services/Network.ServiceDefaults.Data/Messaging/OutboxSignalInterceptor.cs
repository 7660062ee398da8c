using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Network.ServiceDefaults.Messaging;

/// <summary>Signals the dispatcher once outbox messages are committed: after the save, or after its
/// transaction.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfOutboxWritten(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        SignalIfOutboxWritten(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    public Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    private void SignalIfOutboxWritten(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible yet; TransactionCommitted signals then.
        if (
            context?.Database.CurrentTransaction is null
            && context?.ChangeTracker.Entries<OutboxMessage>().Any() == true
        )
        {
            signal.Notify();
        }
    }
}
