using Testcontainers.RabbitMq;

namespace Network.Testing.RabbitMq;

/// <summary>RabbitMQ in a container, for machines where a Docker engine answers.</summary>
internal sealed class ContainerRabbitMq(RabbitMqContainer container) : RabbitMqBroker
{
    private const int AmqpPort = 5672;

    public override string Host => container.Hostname;

    public override int Port => container.GetMappedPublicPort(AmqpPort);

    public static new async Task<ContainerRabbitMq> StartAsync()
    {
        var container = new RabbitMqBuilder("rabbitmq:3.13-alpine").WithUsername("guest").WithPassword("guest").Build();
        await container.StartAsync();
        return new ContainerRabbitMq(container);
    }

    // The node stays up so that its mapped port stays the same; only the broker application stops.
    public override Task StopAsync() => RunCtlAsync("stop_app");

    public override Task ResumeAsync() => RunCtlAsync("start_app");

    public override ValueTask DisposeAsync() => container.DisposeAsync();

    protected override async Task RunCtlAsync(params string[] arguments)
    {
        var result = await container.ExecAsync(["rabbitmqctl", .. arguments]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {result.Stderr}");
        }
    }
}
