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
