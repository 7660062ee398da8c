using System.Collections.Concurrent;
using Network.Contracts;
using Network.Testing.RabbitMq;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Network.Resilience.Tests.Faults;

/// <summary>
/// A durable queue of the test's own, bound to the exchange of every fact the services publish: each publication
/// reaches it once, so a MessageId it receives twice as a first delivery was published twice. A delivery the broker
/// flags as redelivered (the tap's own acknowledgement lost in an outage) is not a second publication.
/// </summary>
internal sealed class MessageTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly ConcurrentQueue<(Guid MessageId, bool Redelivered)> _deliveries = new();

    private MessageTap(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    /// <summary>How many times each message reached the tap as a first delivery.</summary>
    public IReadOnlyDictionary<Guid, int> Publications =>
        _deliveries.Where(d => !d.Redelivered).GroupBy(d => d.MessageId).ToDictionary(g => g.Key, g => g.Count());

    public static async Task<MessageTap> StartAsync(string connectionString)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            AutomaticRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromMilliseconds(500),
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = $"faults-tap-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var type in Facts())
        {
            var exchange = MessageNames.ExchangeOf(type);
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, routingKey: "");
        }

        var tap = new MessageTap(connection, channel, queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            if (Guid.TryParse(delivery.BasicProperties.MessageId, out var id))
            {
                tap._deliveries.Enqueue((id, delivery.Redelivered));
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return tap;
    }

    private static IEnumerable<Type> Facts() =>
        typeof(IIntegrationEvent)
            .Assembly.GetTypes()
            .Where(type =>
                type is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(type)
            );

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _channel.QueueDeleteAsync(_queue);
        }
        catch (RabbitMQ.Client.Exceptions.RabbitMQClientException)
        {
            // The broker's data goes with the platform's folder anyway.
        }

        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
