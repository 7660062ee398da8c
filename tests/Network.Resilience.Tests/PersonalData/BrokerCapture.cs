using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Network.Contracts;
using Network.Resilience.Tests.Platform;
using Network.Testing.RabbitMq;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>
/// A queue of the test's own bound to every exchange of the broker, so that every message published while it runs
/// is copied to it, whoever publishes it and whoever consumes it. The exchanges are listed on the node itself
/// (<c>rabbitmqctl list_exchanges</c>), and every message type of the contracts (and its MassTransit fault) gets its
/// exchange declared up front, as MassTransit declares it, so that an exchange first declared at publish time is
/// bound before its first message. The listing is repeated while the test runs, to bind what appears later.
/// </summary>
public sealed class BrokerCapture : IAsyncDisposable
{
    private static readonly TimeSpan RelistEvery = TimeSpan.FromSeconds(10);

    private readonly RunningPlatform _platform;
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly ConcurrentQueue<CapturedMessage> _messages = new();
    private readonly ConcurrentDictionary<string, string> _bound = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _boundLate = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _binding = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _relisting = Task.CompletedTask;

    private BrokerCapture(RunningPlatform platform, IConnection connection, IChannel channel, string queue)
    {
        _platform = platform;
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public IReadOnlyList<CapturedMessage> Messages => [.. _messages];

    /// <summary>Every exchange the capture queue is bound to, with its type.</summary>
    public IReadOnlyDictionary<string, string> BoundExchanges => _bound;

    /// <summary>Exchanges that appeared while the test ran and were bound only when a later listing found
    /// them.</summary>
    public IReadOnlyCollection<string> BoundLate => [.. _boundLate.Keys];

    public static async Task<BrokerCapture> StartAsync(RunningPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var factory = new ConnectionFactory { Uri = new Uri(await platform.BrokerConnectionStringAsync()) };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = $"personal-data-capture-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: true, autoDelete: true);

        var capture = new BrokerCapture(platform, connection, channel, queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            capture._messages.Enqueue(
                new CapturedMessage(
                    delivery.Exchange,
                    delivery.RoutingKey,
                    delivery.BasicProperties.MessageId ?? "",
                    Encoding.UTF8.GetString(delivery.Body.Span),
                    HeadersText(delivery.BasicProperties)
                )
            );
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);

        foreach (var exchange in ContractExchanges())
        {
            // The very declaration MassTransit makes for a message type: a durable fanout.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        }

        await capture.BindNewExchangesAsync(late: false);
        capture._relisting = Task.Run(capture.RelistAsync);
        return capture;
    }

    /// <summary>Lists the node's exchanges again and binds the new ones; returns the exchanges that were not bound
    /// before.</summary>
    public async Task<IReadOnlyList<string>> BindNewExchangesAsync(bool late = true)
    {
        await _binding.WaitAsync();
        try
        {
            var added = new List<string>();
            foreach (var (name, type) in await ListExchangesAsync())
            {
                // The default exchange ("") routes by queue name and cannot be bound: a message sent to a queue
                // through it is invisible here. MassTransit never uses it (it sends to the queue's own exchange).
                if (name.Length == 0 || _bound.ContainsKey(name))
                {
                    continue;
                }

                // Fanout and headers exchanges (no arguments: match everything) route every message to any bound
                // queue, topic exchanges with "#". A direct exchange routes by exact key; only "" is bound (none of
                // the platform's exchanges is direct: MassTransit declares fanouts).
                var key = type == ExchangeType.Topic ? "#" : "";
                await _channel.QueueBindAsync(_queue, name, key);
                _bound[name] = type;
                if (late)
                {
                    _boundLate[name] = type;
                }

                added.Add(name);
            }

            return added;
        }
        finally
        {
            _binding.Release();
        }
    }

    /// <summary>Every exchange of the node's default virtual host, with its type (the services' one:
    /// <c>amqp://…/</c>).</summary>
    public async Task<IReadOnlyList<(string Name, string Type)>> ListExchangesAsync()
    {
        var json = await _platform.BrokerCtlAsync(
            "list_exchanges",
            "-p",
            "/",
            "name",
            "type",
            "--formatter",
            "json",
            "--quiet"
        );
        using var document = JsonDocument.Parse(json);
        return
        [
            .. document
                .RootElement.EnumerateArray()
                .Select(e => (e.GetProperty("name").GetString() ?? "", e.GetProperty("type").GetString() ?? "")),
        ];
    }

    private static string HeadersText(IReadOnlyBasicProperties properties) =>
        string.Join(
            '\n',
            (properties.Headers ?? new Dictionary<string, object?>())
                .Select(header =>
                    $"{header.Key}={(header.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : header.Value)}"
                )
                .Append($"correlation-id={properties.CorrelationId}")
                .Append($"type={properties.Type}")
        );

    /// <summary>
    /// The exchange of every message type of the contracts, of the fault MassTransit publishes when its consumer
    /// fails, and of the error queue a failed command is moved to.
    /// </summary>
    private static IEnumerable<string> ContractExchanges() =>
        typeof(IIntegrationEvent)
            .Assembly.GetExportedTypes()
            // A message is published to the exchange of its type and of every interface it implements.
            .Where(type => typeof(IIntegrationEvent).IsAssignableFrom(type) || type.IsInterface)
            .SelectMany(type =>
                new[] { MessageNames.ExchangeOf(type), $"MassTransit:Fault--{MessageNames.ExchangeOf(type)}--" }
            )
            .Append("MassTransit:Fault")
            .Append(UnhandledCommand.ErrorExchange);

    private async Task RelistAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await Task.Delay(RelistEvery, _stop.Token);
                try
                {
                    await BindNewExchangesAsync();
                }
                catch (InvalidOperationException)
                {
                    // The node was busy: the next listing, or the final one the test makes, binds what this one missed.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _relisting;
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
        _stop.Dispose();
        _binding.Dispose();
    }
}
