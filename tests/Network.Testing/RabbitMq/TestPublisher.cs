using MassTransit;
using Network.ServiceDefaults.Messaging;

namespace Network.Testing.RabbitMq;

/// <summary>Publishes messages the way another service would, with a chosen MessageId to replay deliveries.</summary>
public sealed class TestPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestPublisher(IBusControl bus) => _bus = bus;

    public static async Task<TestPublisher> StartAsync(string connectionString)
    {
        var address = RabbitMqAddress.Parse(connectionString);
        var bus = Bus.Factory.CreateUsingRabbitMq(address.Configure);
        await bus.StartAsync();
        return new TestPublisher(bus);
    }

    public Task PublishAsync<TMessage>(TMessage message, Guid messageId)
        where TMessage : class => _bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>Sends a command to one service's queue, as <c>Send</c> does between services.</summary>
    public async Task SendAsync<TMessage>(string queue, TMessage message, Guid messageId)
        where TMessage : class
    {
        var endpoint = await _bus.GetSendEndpoint(CommandRoute.Address(queue));
        await endpoint.Send(message, context =>
        {
            context.MessageId = messageId;
            CommandRoute.Mandatory(context);
        });
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
