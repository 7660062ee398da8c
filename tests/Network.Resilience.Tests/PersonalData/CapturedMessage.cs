using System.Text.Json;
using Network.Testing.RabbitMq;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>One message the broker routed to the capture queue, with the exchange it was published to.</summary>
/// <param name="Headers">The AMQP headers, one <c>name=value</c> a line.</param>
public sealed record CapturedMessage(string Exchange, string RoutingKey, string MessageId, string Body, string Headers)
{
    /// <summary>The message types MassTransit's envelope names (<c>urn:message:Namespace:Type</c>), or none.</summary>
    public IReadOnlyList<string> MessageTypes
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(Body);
                return
                    document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("messageType", out var types)
                    && types.ValueKind == JsonValueKind.Array
                    ? [.. types.EnumerateArray().Select(type => type.GetString() ?? "")]
                    : [];
            }
            catch (JsonException)
            {
                return [];
            }
        }
    }

    public bool Is<TMessage>() => MessageTypes.Contains(MessageNames.UrnOf(typeof(TMessage)));
}
