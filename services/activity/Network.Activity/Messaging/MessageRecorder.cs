using MassTransit;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.Projection;
using Network.Contracts;
using Network.ServiceDefaults.Persistence;

namespace Network.Activity.Messaging;

/// <summary>
/// Stores a received message and applies it to the read models in one transaction, with the other messages delivered
/// meanwhile (see <see cref="GroupCommit"/>). The stored message is its own idempotency record: a redelivery finds it
/// and changes nothing.
/// </summary>
internal sealed partial class MessageRecorder(
    ActivityDbContext db,
    TimeProvider time,
    RebuildLock rebuild,
    GroupCommit group,
    ILogger<MessageRecorder> logger
)
{
    public Task RecordAsync(ConsumeContext context, IIntegrationEvent message)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {message.GetType().Name} arrived without a MessageId.");
        var cancellationToken = context.CancellationToken;
        return group.StoreAsync(
            new PendingMessage(messageId, message, context.ReceiveContext.Redelivered),
            batch => StoreAsync(batch, cancellationToken),
            cancellationToken
        );
    }

    private async Task StoreAsync(IReadOnlyList<PendingMessage> batch, CancellationToken cancellationToken)
    {
        using var shared = await rebuild.ShareAsync(cancellationToken);
        try
        {
            await StoreTogetherAsync(batch, cancellationToken);
            foreach (var pending in batch)
            {
                pending.Stored.TrySetResult();
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One message that cannot be applied must not hold back the others: each is tried alone, and fails alone.
            foreach (var pending in batch)
            {
                try
                {
                    await StoreTogetherAsync([pending], cancellationToken);
                    pending.Stored.TrySetResult();
                }
                catch (Exception exception)
                {
                    pending.Stored.TrySetException(exception);
                }
            }
        }
    }

    private async Task StoreTogetherAsync(IReadOnlyList<PendingMessage> batch, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginSerializableTransactionAsync(token);
                var ids = batch.Select(pending => pending.Id).ToList();
                var stored = (
                    await db
                        .ReceivedMessages.Where(message => ids.Contains(message.Id))
                        .Select(message => message.Id)
                        .ToListAsync(token)
                ).ToHashSet();
                var store = await DbReadModelStore.ForBatchAsync(
                    db,
                    batch.Where(pending => !stored.Contains(pending.Id)).Select(pending => pending.Message),
                    token
                );
                foreach (var pending in batch)
                {
                    // Stored before, or delivered twice within this batch.
                    if (!stored.Add(pending.Id))
                    {
                        if (pending.Redelivered)
                        {
                            LogAlreadyRecorded(logger, pending.Id, pending.Message.GetType().Name);
                        }

                        continue;
                    }

                    if (pending.Redelivered)
                    {
                        LogRedeliveredRecorded(logger, pending.Id, pending.Message.GetType().Name);
                    }

                    var message = pending.Message;
                    db.ReceivedMessages.Add(
                        ReceivedMessage.Create(
                            pending.Id,
                            MessageCatalogue.NameOf(message),
                            MessageCatalogue.AggregateOf(message),
                            message.OccurredAt,
                            time.GetUtcNow(),
                            MessageCatalogue.Serialize(message)
                        )
                    );
                    await ActivityProjection.ApplyAsync(message, store, token);
                }

                await db.SaveChangesAsync(token);
                await db.ChangedAsync(token);
                await transaction.CommitAsync(token);
            },
            cancellationToken
        );
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Message {MessageId} ({MessageType}) redelivered, already recorded: acknowledged without effect."
    )]
    private static partial void LogAlreadyRecorded(ILogger logger, Guid messageId, string messageType);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Message {MessageId} ({MessageType}) redelivered, not recorded before: recorded now."
    )]
    private static partial void LogRedeliveredRecorded(ILogger logger, Guid messageId, string messageType);
}
