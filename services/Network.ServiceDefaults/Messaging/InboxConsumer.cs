using MassTransit;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effect happens once per message, however often the broker delivers it: the handler's
/// changes and the inbox entry that records the message commit in one transaction, and a message already
/// in the inbox is acknowledged without running the handler again.
/// </summary>
public abstract class InboxConsumer<TMessage>(ServiceDbContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
{
    /// <summary>The name the inbox knows this consumer by; keep it stable across renames.</summary>
    protected virtual string InboxName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a MessageId.");
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async cancellationToken =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var handled = await db.InboxMessages.AnyAsync(
                    message => message.MessageId == messageId && message.Consumer == InboxName, cancellationToken);
                if (handled)
                {
                    return;
                }

                await HandleAsync(context.Message, cancellationToken);
                db.InboxMessages.Add(new InboxMessage(messageId, InboxName, time.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            },
            context.CancellationToken);
    }

    /// <summary>Applies the message to the service's data through the shared DbContext, without saving.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
