using System.Text.Json;
using Network.Contracts.Events;
using Network.Events.Domain;

namespace Network.Events.Api;

/// <summary>The facts the events service publishes: ids, organiser, category, place, times and counts only.</summary>
internal static class EventFacts
{
    public static EventSnapshot Snapshot(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventSnapshot(
            e.Id, e.OrganiserId, e.CoOrganiserIds, JsonNamingPolicy.KebabCaseLower.ConvertName(e.Category.ToString()),
            e.Location.PostalCode, e.Location.Commune, e.StartsAt, e.EndsAt, e.Capacity, e.SeriesId);
    }

    public static object ForRegistration(Registration registration, Event e, DateTimeOffset now)
        => registration.Status == RegistrationStatus.Confirmed
            ? new RegistrationConfirmed(registration.Id, Snapshot(e), registration.Seats, registration.ByStaff, now)
            : new RegistrationWaitlisted(registration.Id, Snapshot(e), registration.Seats, registration.ByStaff, now);
}
