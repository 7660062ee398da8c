using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Notices;
using Network.Events.Persistence;

namespace Network.Events.Api;

/// <summary>Publishing and cancelling, with what each owes: the fact for the network, a notice for each
/// registrant.</summary>
internal static class EventTransitions
{
    public static bool Publish(EventsDbContext db, Event e, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(e);
        var now = time.GetUtcNow();
        if (!e.Publish(now))
        {
            return false;
        }

        db.Publish(new EventPublished(EventFacts.Snapshot(e), now), time);
        return true;
    }

    /// <summary>Cancels <paramref name="e"/>; an event that was never published is withdrawn without a word, as no one
    /// knew of it.</summary>
    public static async Task<bool> CancelAsync(
        EventsDbContext db,
        Event e,
        string reason,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(e);
        var now = time.GetUtcNow();
        if (!e.Cancel(reason, now))
        {
            return false;
        }

        if (e.PublishedAt is not null)
        {
            db.Publish(new EventCancelled(EventFacts.Snapshot(e), e.SeatsTaken, now), time);
            await RegistrantNotices.OweEveryRegistrantAsync(db, e, NoticeKind.EventCancelled, now, cancellationToken);
        }

        return true;
    }
}
