using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Network.Testing.RabbitMq;

/// <summary>
/// Listens beside the services to every publication of one message type, through a durable queue of its
/// own bound to the type's exchange, and counts each delivery by MessageId. Being durable, it misses
/// nothing published while it reconnects after an outage.
/// </summary>
public sealed class MessageProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();

    private MessageProbe(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public IReadOnlyCollection<Delivery> Deliveries => _deliveries;

    /// <summary>How many times each MessageId was delivered.</summary>
    public IReadOnlyDictionary<string, int> CountsByMessageId =>
        _deliveries.GroupBy(delivery => delivery.MessageId).ToDictionary(group => group.Key, group => group.Count());

    public static async Task<MessageProbe> StartAsync<TMessage>(string connectionString)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            AutomaticRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromMilliseconds(500),
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();

        // MassTransit names a message type's exchange "Namespace:Type" and declares it as a durable fanout.
        var exchange = MessageNames.ExchangeOf(typeof(TMessage));
        var queue = $"probe-{typeof(TMessage).Name}-{Guid.NewGuid():N}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, routingKey: "");

        var probe = new MessageProbe(connection, channel, queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            probe._deliveries.Enqueue(new Delivery(delivery.BasicProperties.MessageId ?? "", delivery.Body.ToArray()));
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _channel.QueueDeleteAsync(_queue);
        }
        catch (RabbitMQ.Client.Exceptions.RabbitMQClientException)
        {
            // The virtual host goes with the test anyway.
        }

        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    public sealed record Delivery(string MessageId, byte[] Body)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }
}
