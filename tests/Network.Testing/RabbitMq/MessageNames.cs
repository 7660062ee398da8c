namespace Network.Testing.RabbitMq;

/// <summary>How MassTransit names a message type on the wire, for tests that meet its messages on the broker
/// itself.</summary>
public static class MessageNames
{
    /// <summary>The exchange MassTransit publishes a message type to: <c>Namespace:Type</c>, a durable
    /// fanout.</summary>
    public static string ExchangeOf(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return $"{messageType.Namespace}:{messageType.Name}";
    }

    /// <summary>The message type as the envelope's <c>messageType</c> lists it:
    /// <c>urn:message:Namespace:Type</c>.</summary>
    public static string UrnOf(Type messageType) => $"urn:message:{ExchangeOf(messageType)}";
}
