namespace Network.Testing.RabbitMq;

/// <summary>
/// A real RabbitMQ for tests: a container where a Docker engine answers, otherwise a private node of the
/// machine's <c>rabbitmq-server</c> on free loopback ports with its data in a temporary folder.
/// Each test gets a virtual host of its own, so that tests never see each other's messages.
/// </summary>
public abstract class RabbitMqBroker : IAsyncDisposable
{
    public abstract string Host { get; }

    public abstract int Port { get; }

    public static async Task<RabbitMqBroker> StartAsync() =>
        Docker.IsAvailable ? await ContainerRabbitMq.StartAsync() : await PrivateRabbitMqNode.StartAsync();

    /// <summary>Creates an empty virtual host and returns its <c>amqp://</c> connection string.</summary>
    public async Task<string> CreateVirtualHostAsync()
    {
        var name = $"test-{Guid.NewGuid():N}";
        await RunCtlAsync("add_vhost", name);
        await RunCtlAsync("set_permissions", "-p", name, "guest", ".*", ".*", ".*");
        return $"amqp://guest:guest@{Host}:{Port}/{name}";
    }

    /// <summary>Takes the broker away: connections drop and new ones are refused until
    /// <see cref="ResumeAsync"/>.</summary>
    public abstract Task StopAsync();

    /// <summary>Brings the broker back with its durable queues and the messages they held.</summary>
    public abstract Task ResumeAsync();

    public abstract ValueTask DisposeAsync();

    protected abstract Task RunCtlAsync(params string[] arguments);
}
