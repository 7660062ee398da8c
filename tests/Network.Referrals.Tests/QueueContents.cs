using System.Text;
using RabbitMQ.Client;

namespace Network.Referrals.Tests;

/// <summary>Takes the messages waiting in a queue out of it, with their bodies: what another service would
/// receive.</summary>
public static class QueueContents
{
    public static async Task<IReadOnlyList<string>> DrainAsync(string connectionString, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var bodies = new List<string>();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                bodies.Add(Encoding.UTF8.GetString(message.Body.Span));
            }
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // The queue does not exist yet: nothing was sent to it.
        }

        return bodies;
    }
}
