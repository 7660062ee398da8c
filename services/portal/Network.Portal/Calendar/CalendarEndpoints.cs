using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Network.Portal.Api;

namespace Network.Portal.Calendar;

/// <summary>"Ajouter à mon agenda": one workshop as an iCalendar file that any calendar application opens.</summary>
internal static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(
            "/ateliers/{id:guid}/agenda.ics",
            async (Guid id, WorkshopsClient workshops, StructuresClient structures, HttpContext context) =>
            {
                var workshop = await workshops.FindAsync(id, context.RequestAborted);
                if (workshop is null)
                {
                    return Results.NotFound();
                }

                var organiser = await structures.NameOfAsync(workshop.OrganiserId, context.RequestAborted);
                var page = new Uri($"{context.Request.Scheme}://{context.Request.Host}/ateliers/{id}");
                var text = Write(workshop, organiser, page);
                return Results.File(
                    System.Text.Encoding.UTF8.GetBytes(text),
                    "text/calendar; charset=utf-8",
                    $"atelier-{id}.ics"
                );
            }
        );

    public static string Write(Workshop workshop, string? organiserName, Uri page)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//Reseau inclusion numerique//Portail//FR",
            Method = "PUBLISH",
        };
        var location = workshop.Location;
        calendar.Events.Add(
            new CalendarEvent
            {
                // The same UID as the events service's feed: a calendar that has both shows the workshop once.
                Uid = workshop.Id.ToString(),
                Summary = workshop.Title,
                Description =
                    $"{workshop.Description}\n\n"
                    + $"{(organiserName is null ? "" : $"Organisé par {organiserName}. ")}Détails et annulation : "
                    + $"{page}",
                DtStart = new CalDateTime(workshop.StartsAt.UtcDateTime, CalDateTime.UtcTzId),
                DtEnd = new CalDateTime(workshop.EndsAt.UtcDateTime, CalDateTime.UtcTzId),
                DtStamp = new CalDateTime(DateTime.UtcNow, CalDateTime.UtcTzId),
                Location = location.Online
                    ? "En ligne"
                    : string.Join(
                        ", ",
                        new[] { location.Name, location.Street, $"{location.PostalCode} {location.Commune}" }.Where(
                            part => !string.IsNullOrWhiteSpace(part)
                        )
                    ),
                Status = workshop.Status == "cancelled" ? "CANCELLED" : "CONFIRMED",
                Url = page,
            }
        );
        return new CalendarSerializer(calendar).SerializeToString() ?? "";
    }
}
