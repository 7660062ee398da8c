using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Network.Events.Domain;
using Network.ServiceDefaults.Text;
using EventStatus = Network.Events.Domain.EventStatus;

namespace Network.Events.Api;

/// <summary>
/// Events as an RFC 5545 calendar: one VEVENT per event with a stable UID (the event's id), a SEQUENCE that grows with
/// every change a calendar shows, local times with their VTIMEZONE, and STATUS:CANCELLED for cancelled events.
/// </summary>
/// <remarks>
/// Ical.Net escapes line breaks in text values but writes a parameter (the organiser's <c>CN</c>) and a URI as they
/// are, and lets other control characters through everywhere: a line break there would end the property and let the
/// text write lines of its own, a forged VEVENT with another event's UID that cancels it in subscribers' calendars.
/// So every stored text is flattened before it is handed over, whatever rules it passed when it was written.
/// </remarks>
internal static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(
        IReadOnlyList<Event> events,
        IReadOnlyDictionary<Guid, string> organiserNames,
        DateTimeOffset now
    )
    {
        var calendar = new Calendar { ProductId = "-//Reseau inclusion numerique//Evenements//FR", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", "Événements du réseau");
        foreach (var zone in events.Select(e => e.TimeZone).Distinct(StringComparer.Ordinal))
        {
            calendar.AddTimeZone(zone);
        }

        foreach (var e in events)
        {
            calendar.Events.Add(ToVEvent(e, organiserNames.GetValueOrDefault(e.OrganiserId), now));
        }

        return new CalendarSerializer(calendar).SerializeToString() ?? "";
    }

    private static CalendarEvent ToVEvent(Event e, string? organiserName, DateTimeOffset now)
    {
        var vevent = new CalendarEvent
        {
            Uid = e.Id.ToString(),
            Sequence = e.Revision,
            Summary = ControlCharacters.OneLine(e.Title),
            Description = string.IsNullOrEmpty(e.Description) ? null : ControlCharacters.Lines(e.Description),
            DtStart = Local(e.StartsAt, e.TimeZone),
            DtEnd = Local(e.EndsAt, e.TimeZone),
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
            Created = new CalDateTime(e.CreatedAt.UtcDateTime, CalDateTime.UtcTzId),
            LastModified = new CalDateTime(e.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId),
            Status = e.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
            Location = ControlCharacters.OneLine(Place(e.Location)),
            Categories = [CategoryLabels.Of(e.Category)],
            Organizer = new Organizer
            {
                CommonName = ControlCharacters.OneLine(organiserName),
                Value = new Uri($"urn:uuid:{e.OrganiserId}"),
            },
        };
        if (e.Location is { Latitude: { } latitude, Longitude: { } longitude })
        {
            vevent.GeographicLocation = new GeographicLocation(latitude, longitude);
        }

        if (Uri.TryCreate(e.Location.Url, UriKind.Absolute, out var url))
        {
            // A Uri writes itself unescaped; built again from its escaped form, it writes %0D%0A, never a line break.
            vevent.Url = new Uri(url.AbsoluteUri);
        }

        return vevent;
    }

    private static CalDateTime Local(DateTimeOffset instant, string timeZone) =>
        new(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime, timeZone, true);

    /// <summary>The place as one line, as calendar applications show it.</summary>
    public static string Place(EventLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var parts = new[] { location.Name, location.Street, $"{location.PostalCode} {location.Commune}" };
        return string.Join(", ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
    }
}
