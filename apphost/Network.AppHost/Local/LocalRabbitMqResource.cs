namespace Network.AppHost.Local;

/// <summary>A private node of the machine's rabbitmq-server, reached at
/// <c>amqp://guest:guest@127.0.0.1:{port}/</c>.</summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory),
        IResourceWithConnectionString
{
    public const string AmqpEndpointName = "amqp";

    public EndpointReference Amqp => new(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{Amqp.Property(EndpointProperty.Port)}/");
}
