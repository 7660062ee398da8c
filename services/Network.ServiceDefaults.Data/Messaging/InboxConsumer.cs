using MassTransit;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Messaging;

/// <summary>A consumer of one message type whose effect happens once per message (see <see cref="Inbox"/>).</summary>
public abstract class InboxConsumer<TMessage>(ServiceDbContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
{
    /// <summary>The service's clock, for handlers.</summary>
    protected TimeProvider Time => time;

    /// <summary>The name the inbox knows this consumer by; keep it stable across renames.</summary>
    protected virtual string InboxName => GetType().Name;

    public Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Inbox.HandleOnceAsync(db, context, InboxName, time, cancellationToken =>
            HandleAsync(context.Message, cancellationToken)
        );
    }

    /// <summary>Applies the message to the service's data through the shared DbContext, without saving.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
