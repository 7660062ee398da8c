using MassTransit;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.Projection;
using Network.Contracts;

namespace Network.Activity.Messaging;

/// <summary>
/// Stores a received message and applies it to the read models in one transaction. The stored message is its own
/// idempotency record: a redelivery finds it and changes nothing.
/// </summary>
internal sealed partial class MessageRecorder(ActivityDbContext db, TimeProvider time, RebuildLock rebuild, ILogger<MessageRecorder> logger)
{
    public async Task RecordAsync(ConsumeContext context, IIntegrationEvent message)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"A {message.GetType().Name} arrived without a MessageId.");
        using var shared = await rebuild.ShareAsync(context.CancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async cancellationToken =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (await db.ReceivedMessages.AnyAsync(stored => stored.Id == messageId, cancellationToken))
                {
                    LogAlreadyRecorded(logger, messageId, message.GetType().Name);
                    return;
                }

                db.ReceivedMessages.Add(ReceivedMessage.Create(
                    messageId, MessageCatalogue.NameOf(message), MessageCatalogue.AggregateOf(message), message.OccurredAt, time.GetUtcNow(),
                    MessageCatalogue.Serialize(message)));
                await ActivityProjection.ApplyAsync(message, new DbReadModelStore(db), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (context.ReceiveContext.Redelivered)
                {
                    LogRedeliveredRecorded(logger, messageId, message.GetType().Name);
                }
            },
            context.CancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({MessageType}) redelivered, already recorded: acknowledged without effect.")]
    private static partial void LogAlreadyRecorded(ILogger logger, Guid messageId, string messageType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({MessageType}) redelivered, not recorded before: recorded now.")]
    private static partial void LogRedeliveredRecorded(ILogger logger, Guid messageId, string messageType);
}
