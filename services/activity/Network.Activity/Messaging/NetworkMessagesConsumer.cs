using MassTransit;
using Network.Activity.Projection;
using Network.Contracts;

namespace Network.Activity.Messaging;

/// <summary>
/// Takes one kind of fact the other services publish: each is stored and applied to the read models once. One such
/// consumer per type of <see cref="MessageCatalogue.Types"/>, all on one queue (<c>activity-network-messages</c>), so
/// that the catalogue is the only list of what the activity service hears.
/// </summary>
internal sealed class NetworkMessagesConsumer<TMessage>(MessageRecorder recorder) : IConsumer<TMessage>
    where TMessage : class, IIntegrationEvent
{
    public Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return recorder.RecordAsync(context, context.Message);
    }
}

internal static class NetworkMessages
{
    public const string Queue = "activity-network-messages";

    /// <summary>A consumer of every catalogued type on <see cref="Queue"/>.</summary>
    public static void AddNetworkMessagesConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var type in MessageCatalogue.Types.Values)
        {
            bus.AddConsumer(typeof(NetworkMessagesConsumer<>).MakeGenericType(type))
                .Endpoint(endpoint =>
                {
                    endpoint.Name = Queue;

                    // Many deliveries in hand at once, so that one commit stores many of them (see GroupCommit).
                    endpoint.PrefetchCount = GroupCommit.MaxBatch * 2;
                    endpoint.ConcurrentMessageLimit = GroupCommit.MaxBatch;
                });
        }
    }
}
