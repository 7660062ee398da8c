using MassTransit;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Messaging;

/// <summary>
/// Runs a consumer's effect once per message, however often the broker delivers it: the handler's changes
/// and the inbox entry that records the message commit in one transaction (serializable on a server database, see
/// <see cref="SerializableTransactions"/>), and a message already in the
/// inbox is acknowledged without running the handler again.
/// </summary>
public static class Inbox
{
    /// <param name="handle">Applies the message through <paramref name="db"/>, without saving.</param>
    public static async Task HandleOnceAsync(
        ServiceDbContext db,
        ConsumeContext context,
        string consumer,
        TimeProvider time,
        Func<CancellationToken, Task> handle
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handle);
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A message for {consumer} arrived without a MessageId.");
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async cancellationToken =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginSerializableTransactionAsync(cancellationToken);
                var handled = await db.InboxMessages.AnyAsync(
                    message => message.MessageId == messageId && message.Consumer == consumer,
                    cancellationToken
                );
                if (handled)
                {
                    return;
                }

                await handle(cancellationToken);
                db.InboxMessages.Add(new InboxMessage(messageId, consumer, time.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            },
            context.CancellationToken
        );
    }
}
