using Network.Contracts.Events;

namespace Network.Referrals.Seats;

/// <summary>
/// What the referrals service knows of an event, from the events service's messages, to tell whether a referral
/// may hold a seat there: who organises it, whether it is published and still to come.
/// </summary>
public sealed class EventReplica
{
    public const string Published = "published";
    public const string Cancelled = "cancelled";
    public const string Completed = "completed";

    private EventReplica() { }

    public Guid Id { get; private set; }

    public Guid OrganiserId { get; private set; }

    public List<Guid> CoOrganiserIds { get; private set; } = [];

    /// <summary><see cref="Published"/>, <see cref="Cancelled"/> or <see cref="Completed"/>.</summary>
    public string Status { get; private set; } = Published;

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>When the fact last applied happened; an older fact arriving late changes nothing.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static EventReplica Create(Guid id) => new() { Id = id, AsOf = DateTimeOffset.MinValue };

    /// <summary>
    /// Applies the event as a fact describes it. A cancellation or a completion is final whatever arrives after it.
    /// </summary>
    public void Apply(EventSnapshot snapshot, string? status, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (occurredAt < AsOf)
        {
            return;
        }

        OrganiserId = snapshot.OrganiserId;
        CoOrganiserIds = [.. snapshot.CoOrganiserIds];
        StartsAt = snapshot.StartsAt;
        if (status is not null && Status == Published)
        {
            Status = status;
        }

        AsOf = occurredAt;
    }

    /// <summary>Whether a referral to <paramref name="receiver"/> may hold a seat here at
    /// <paramref name="now"/>.</summary>
    public bool Takes(Guid receiver, DateTimeOffset now) =>
        Status == Published && StartsAt > now && (OrganiserId == receiver || CoOrganiserIds.Contains(receiver));
}
