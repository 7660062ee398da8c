using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Text;

namespace Network.Equipment.Api;

/// <summary>
/// An item's reservations as an RFC 5545 feed, for its owner's calendar software. Stored names and purposes are
/// flattened to one line before Ical.Net writes them: it escapes line breaks but lets other control characters
/// through, and a name stored before today's rules or brought by a message never went through them.
/// </summary>
internal static class CalendarEndpoints
{
    /// <summary>How far back the feed goes: recent loans stay visible, old ones drop out.</summary>
    private static readonly TimeSpan History = TimeSpan.FromDays(90);

    public static void MapCalendarEndpoints(this RouteGroupBuilder equipment) =>
        equipment
            .MapGet("/{id:guid}/calendar.ics", FeedAsync)
            .WithSummary(
                "The item's reservations as iCalendar (owner's users only; 404 for everyone else, the coordinator "
                    + "included)."
            )
            .WithDescription(
                "Authenticated like every route, with the bearer token: calendar software that cannot send one "
                    + "needs a proxy. Requested loans are TENTATIVE, approved, checked-out, overdue and returned "
                    + "ones CONFIRMED, cancelled and rejected ones CANCELLED; loans that ended more than 90 days "
                    + "ago are left out."
            )
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");

    private static async Task<Results<ContentHttpResult, NotFound>> FeedAsync(
        Guid id,
        EquipmentDbContext db,
        Caller caller,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || !Access.IsOwner(caller, item))
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var since = now - History;
        var reservations = await db
            .Reservations.AsNoTracking()
            .Where(r => r.EquipmentId == id && r.To > since)
            .OrderBy(r => r.From)
            .ToListAsync(cancellationToken);
        var borrowers = await db.NamesAsync(reservations.Select(r => r.BorrowerId), cancellationToken);

        var calendar = new Calendar { ProductId = "-//Réseau de l'inclusion numérique//Équipement partagé//FR" };
        calendar.AddProperty("X-WR-CALNAME", ControlCharacters.OneLine($"Réservations : {item.Name}"));
        foreach (var reservation in reservations)
        {
            var borrower = borrowers.GetValueOrDefault(reservation.BorrowerId)?.Name ?? "Structure inconnue";
            calendar.Events.Add(
                new CalendarEvent
                {
                    Uid = $"{reservation.Id}@equipment.network",
                    DtStamp = Utc(reservation.UpdatedAt),
                    DtStart = Utc(reservation.From),
                    DtEnd = Utc(reservation.To),
                    Summary = ControlCharacters.OneLine($"{item.Name} — {borrower}"),
                    Description =
                        $"Statut : {KebabCodes.Code(reservation.Status)}\nObjet : "
                        + $"{ControlCharacters.OneLine(reservation.Purpose)}",
                    Status = Status(reservation.Status),
                }
            );
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime);

    private static string Status(ReservationStatus status) =>
        status switch
        {
            ReservationStatus.Requested => EventStatus.Tentative,
            ReservationStatus.Cancelled or ReservationStatus.Rejected => EventStatus.Cancelled,
            _ => EventStatus.Confirmed,
        };
}
