using RabbitMQ.Client;

namespace Network.Testing.RabbitMq;

/// <summary>Reads what a queue holds, to see where a message ended up (its consumer's queue, or
/// <c>_error</c>).</summary>
public static class Queues
{
    /// <summary>The MessageIds waiting in <paramref name="queue"/>, taken out of it; empty when it does not
    /// exist.</summary>
    public static async Task<IReadOnlyList<string>> DrainAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var ids = new List<string>();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                ids.Add(message.BasicProperties.MessageId ?? "");
            }
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // The queue does not exist: it holds nothing.
        }

        return ids;
    }

    /// <summary>
    /// Declares <paramref name="queue"/> as its receiver's endpoint does (a durable quorum queue, bound to the
    /// fanout exchange of the same name), for a test where that receiver does not run: commands sent to it then wait
    /// there instead of being returned to their outbox.
    /// </summary>
    public static async Task DeclareReceiverAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(
            queue,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }
        );
        await channel.QueueBindAsync(queue, queue, routingKey: "");
    }

    /// <summary>How many messages <paramref name="queue"/> holds, leaving them there; 0 when it does not
    /// exist.</summary>
    public static async Task<uint> CountAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }
}
