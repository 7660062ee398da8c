using MassTransit;
using Network.Contracts.Events;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Messaging;

namespace Network.Referrals.Seats;

/// <summary>Keeps <see cref="EventReplica"/> rows from the events service's facts about published events, once per
/// message.</summary>
internal sealed class EventReplicaConsumer(ReferralsDbContext db, TimeProvider time)
    : IConsumer<EventPublished>,
        IConsumer<EventUpdated>,
        IConsumer<EventRescheduled>,
        IConsumer<EventCancelled>,
        IConsumer<EventCompleted>
{
    public Task Consume(ConsumeContext<EventPublished> context) =>
        ApplyAsync(context, context?.Message.Event, EventReplica.Published, context?.Message.OccurredAt);

    public Task Consume(ConsumeContext<EventUpdated> context) =>
        ApplyAsync(context, context?.Message.Event, null, context?.Message.OccurredAt);

    public Task Consume(ConsumeContext<EventRescheduled> context) =>
        ApplyAsync(context, context?.Message.Event, null, context?.Message.OccurredAt);

    public Task Consume(ConsumeContext<EventCancelled> context) =>
        ApplyAsync(context, context?.Message.Event, EventReplica.Cancelled, context?.Message.OccurredAt);

    public Task Consume(ConsumeContext<EventCompleted> context) =>
        ApplyAsync(context, context?.Message.Event, EventReplica.Completed, context?.Message.OccurredAt);

    private Task ApplyAsync(
        ConsumeContext? context,
        EventSnapshot? snapshot,
        string? status,
        DateTimeOffset? occurredAt
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Inbox.HandleOnceAsync(db, context, nameof(EventReplicaConsumer), time, async cancellationToken =>
        {
            var replica = await db.Events.FindAsync([snapshot.EventId], cancellationToken);
            if (replica is null)
            {
                replica = EventReplica.Create(snapshot.EventId);
                db.Events.Add(replica);
            }

            replica.Apply(snapshot, status, occurredAt!.Value);
        });
    }
}
