using System.Text.Json;
using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Notices;
using Network.Events.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>The facts the events service publishes: ids, organiser, category, place, times and counts only.</summary>
internal static class EventFacts
{
    public static EventSnapshot Snapshot(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventSnapshot(
            e.Id,
            e.OrganiserId,
            [.. e.CoOrganiserIds],
            WireCode.Of(e.Category),
            e.Location.PostalCode,
            e.Location.Commune,
            e.StartsAt,
            e.EndsAt,
            e.Capacity,
            e.SeriesId,
            new EventAccessibilityFlags(
                e.Accessibility.Wheelchair,
                e.Accessibility.HearingLoop,
                e.Accessibility.SignLanguage,
                e.Accessibility.SubtitlesOrWrittenSupport,
                e.Accessibility.EasyToRead,
                e.Accessibility.VisualImpairment
            )
        );
    }

    /// <summary>Whether two snapshots of one event say the same, co-organisers compared as a set.</summary>
    public static bool Same(EventSnapshot before, EventSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.CoOrganiserIds.ToHashSet().SetEquals(after.CoOrganiserIds)
            && before with
            {
                CoOrganiserIds = Array.Empty<Guid>(),
            } == after with { CoOrganiserIds = Array.Empty<Guid>() };
    }

    /// <summary>Each promotion is announced to the network and owed to its registrant.</summary>
    public static void Promoted(EventsDbContext db, Event e, IReadOnlyList<Registration> promoted, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        foreach (var promotion in promoted)
        {
            db.Publish(new WaitlistPromoted(promotion.Id, Snapshot(e), promotion.Seats, now), time);
        }

        RegistrantNotices.Owe(db, promoted, NoticeKind.WaitlistPromoted, now);
    }

    public static object ForRegistration(Registration registration, Event e, DateTimeOffset now) =>
        registration.Status == RegistrationStatus.Confirmed
            ? new RegistrationConfirmed(registration.Id, Snapshot(e), registration.Seats, registration.ByStaff, now)
            : new RegistrationWaitlisted(registration.Id, Snapshot(e), registration.Seats, registration.ByStaff, now);
}
