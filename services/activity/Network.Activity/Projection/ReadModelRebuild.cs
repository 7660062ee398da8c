using System.Data;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using OpenTelemetry;

namespace Network.Activity.Projection;

/// <summary>
/// Recomputes every read model from the stored messages: the rows are cleared and the messages replayed in the order
/// they happened through the same projection as deliveries, all in one transaction. The rows are saved every
/// <see cref="FlushEvery"/> messages and read back when needed again, so the memory a rebuild takes does not grow with
/// the number of messages; the messages are read on a connection of their own meanwhile.
/// </summary>
public sealed class ReadModelRebuild(ActivityDbContext db, RebuildLock rebuildLock, IServiceScopeFactory scopes)
{
    /// <summary>How many messages are replayed between two saves of the rows.</summary>
    internal int FlushEvery { get; init; } = 1_000;

    /// <summary>The size of the filter of rows created, per stored message (most messages create one row or
    /// none).</summary>
    internal int FilterBitsPerMessage { get; init; } = 16;

    public async Task<RebuildOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // A span for each of the rebuild's hundreds of thousands of statements would only fill the exporter's queue.
        // This keeps the rebuild's own log records from the exporter too (not from the console); a failure is logged by
        // the request that asked for it.
        using var untraced = SuppressInstrumentationScope.Begin();
        using var exclusive = await rebuildLock.TakeAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await ClearAsync(token);
                await using var scope = scopes.CreateAsyncScope();
                var reader = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
                var stored = await reader.ReceivedMessages.LongCountAsync(token);
                using var store = new RebuildReadModelStore(db, new RowKeyFilter(stored, FilterBitsPerMessage));
                var messages = 0;
                await foreach (var (type, body) in StoredMessagesAsync(reader, token))
                {
                    await ActivityProjection.ApplyAsync(MessageCatalogue.Deserialize(type, body), store, token);
                    if (++messages % FlushEvery == 0)
                    {
                        await store.FlushAsync(token);
                    }
                }

                await store.CompleteAsync(token);
                await db.ChangedAsync(token);
                await transaction.CommitAsync(token);
                return new RebuildOutcome(messages, store.Count, (long)clock.Elapsed.TotalMilliseconds);
            },
            cancellationToken
        );
    }

    /// <summary>
    /// Every stored message in the order it happened, streamed row by row: EF Core reads a whole result into memory
    /// before the first row when the provider retries (SQL Server, PostgreSQL), and a million bodies do not fit in a
    /// service's memory. The query is EF Core's own, run by a plain reader.
    /// </summary>
    private static async IAsyncEnumerable<(string Type, string Body)> StoredMessagesAsync(
        ActivityDbContext reader,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var sql = reader
            .ReceivedMessages.OrderBy(m => m.OccurredAt)
            .ThenBy(m => m.Id)
            .Select(m => new { m.Type, m.Body })
            .ToQueryString();
        await reader.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = reader.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            // The whole replay is one statement's reading, however long it takes; the caller's token still ends it.
            command.CommandTimeout = 0;
            await using var rows = await command.ExecuteReaderAsync(
                CommandBehavior.SequentialAccess,
                cancellationToken
            );
            while (await rows.ReadAsync(cancellationToken))
            {
                yield return (rows.GetString(0), rows.GetString(1));
            }
        }
        finally
        {
            await reader.Database.CloseConnectionAsync();
        }
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
}

/// <summary>What a rebuild did: messages replayed, rows written, and how long it took.</summary>
/// <param name="Messages">Stored messages replayed.</param>
/// <param name="Rows">Rows of the read model written.</param>
/// <param name="DurationMs">How long the rebuild took, in milliseconds.</param>
public sealed record RebuildOutcome(int Messages, int Rows, long DurationMs);
