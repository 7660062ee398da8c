using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Projection;

/// <summary>
/// Recomputes every read model from the stored messages: the rows are cleared, the messages replayed in the order they
/// happened through the same projection as deliveries, in memory, and the rows written back, all in one transaction.
/// </summary>
public sealed class ReadModelRebuild(ActivityDbContext db, RebuildLock rebuildLock)
{
    private const int WriteBatch = 5_000;

    public async Task<RebuildOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var exclusive = await rebuildLock.TakeAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await ClearAsync(token);
                var store = new MemoryReadModelStore();
                var messages = 0;
                await foreach (var stored in db.ReceivedMessages.AsNoTracking().OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
                                   .Select(m => new { m.Type, m.Body }).AsAsyncEnumerable().WithCancellation(token))
                {
                    await ActivityProjection.ApplyAsync(MessageCatalogue.Deserialize(stored.Type, stored.Body), store, token);
                    messages++;
                }

                await WriteAsync(store, token);
                await transaction.CommitAsync(token);
                return new RebuildOutcome(messages, store.Count, (long)clock.Elapsed.TotalMilliseconds);
            },
            cancellationToken);
    }

    private async Task ClearAsync(CancellationToken cancellationToken)
    {
        await db.Registrations.ExecuteDeleteAsync(cancellationToken);
        await db.Events.ExecuteDeleteAsync(cancellationToken);
        await db.Referrals.ExecuteDeleteAsync(cancellationToken);
        await db.Loans.ExecuteDeleteAsync(cancellationToken);
        await db.Items.ExecuteDeleteAsync(cancellationToken);
        await db.Partners.ExecuteDeleteAsync(cancellationToken);
        await db.DailyTotals.ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WriteAsync(MemoryReadModelStore store, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in store.Rows.Chunk(WriteBatch))
            {
                db.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}

/// <summary>What a rebuild did: messages replayed, rows written, and how long it took.</summary>
public sealed record RebuildOutcome(int Messages, int Rows, long DurationMs);
