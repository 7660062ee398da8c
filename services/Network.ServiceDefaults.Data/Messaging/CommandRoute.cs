using MassTransit;

namespace Network.ServiceDefaults.Messaging;

/// <summary>
/// How a command reaches its one receiver's queue: through the exchange of the same name that the receiver's endpoint
/// binds to its queue, never by declaring the queue from the sender's side (a <c>queue:</c> address would declare it
/// as a classic queue, which RabbitMQ refuses beside the receiver's quorum queue). Sent mandatory: while no queue is
/// bound yet (the receiver never started), the broker returns the message, the send fails, and the outbox tries
/// again later, instead of the broker dropping it.
/// </summary>
public static class CommandRoute
{
    public static Uri Address(string queue) => new($"exchange:{queue}");

    public static void Mandatory(SendContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.Mandatory = true;
        }
    }
}
