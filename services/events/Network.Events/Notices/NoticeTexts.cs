using System.Globalization;
using Network.Events.Api;
using Network.Events.Domain;
using Network.ServiceDefaults.Notices;

namespace Network.Events.Notices;

/// <summary>What a registrant reads: short sentences, the workshop, the date in full, the place, and who to
/// ask.</summary>
internal static class NoticeTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="position">The place on the waitlist, for <see cref="NoticeKind.RegistrationWaitlisted"/>.</param>
    public static NoticeContent For(
        NoticeKind kind,
        Registration registration,
        Event e,
        string organiserName,
        int? position = null
    )
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(e);
        var when = When(e);
        var place = CalendarFeed.Place(e.Location);
        var details = $"Date : {when}.\nLieu : {place}.";
        var standing = registration.Status == RegistrationStatus.Waitlisted ? "sur liste d'attente" : "confirmée";
        var (subject, news) = kind switch
        {
            NoticeKind.RegistrationConfirmed => (
                $"Inscription confirmée : {e.Title}",
                new[]
                {
                    $"Votre inscription à « {e.Title} » est confirmée ({Seats(registration)}).",
                    details,
                    "L'atelier est joint à ce message : ouvrez le fichier pour l'ajouter à votre agenda. "
                        + "Si vous ne pouvez pas venir, annulez votre inscription : votre place ira à quelqu'un "
                        + "d'autre.",
                }
            ),
            NoticeKind.RegistrationWaitlisted => (
                $"Liste d'attente : {e.Title}",
                [
                    $"L'atelier « {e.Title} » est complet. Vous êtes sur la liste d'attente, en position {position} "
                        + $"({Seats(registration)}).",
                    details,
                    "Si une place se libère, nous vous écrirons. Vous n'avez rien à faire d'ici là.",
                ]
            ),
            NoticeKind.WaitlistPromoted => (
                $"Une place s'est libérée : {e.Title}",
                [
                    "Bonne nouvelle : une place s'est libérée. Votre inscription à « "
                        + $"{e.Title} » est confirmée ({Seats(registration)}).",
                    details,
                ]
            ),
            NoticeKind.EventRescheduled => (
                $"Changement d'horaire : {e.Title}",
                [
                    $"L'atelier « {e.Title} » change d'horaire.",
                    $"Nouvelle date : {when}.\nLieu : {place}.",
                    "Votre inscription est conservée.",
                ]
            ),
            NoticeKind.EventCancelled => (
                $"Annulation : {e.Title}",
                [
                    $"L'atelier « {e.Title} » prévu {when} est annulé.\nMotif : {e.CancellationReason}",
                    "Nous sommes désolés pour ce changement.",
                ]
            ),
            NoticeKind.EventReminder => (
                $"Rappel : {e.Title}, {Day(e)}",
                [
                    $"Nous vous rappelons votre inscription à « {e.Title} » ({Seats(registration)}).",
                    details,
                    "Si vous ne pouvez plus venir, annulez votre inscription : votre place ira à quelqu'un d'autre.",
                ]
            ),
            _ => (
                $"Nouvelle demande d'inscription avec vos coordonnées : {e.Title}",
                [
                    $"Quelqu'un vient de demander une inscription à « {e.Title} » ({when}) avec votre adresse e-mail "
                        + "ou votre numéro de téléphone, déjà inscrits à cet atelier. Cette demande n'a rien changé : "
                        + $"votre inscription est maintenue ({Seats(registration)}, {standing}).",
                    "Si c'était vous et que vous voulez changer le nombre de places, annulez votre inscription "
                        + "puis inscrivez-vous de nouveau. Si ce n'était pas vous, vous n'avez rien à faire.",
                ]
            ),
        };
        return new NoticeContent(
            subject,
            [$"Bonjour {registration.FirstName},", .. news, $"Pour toute question, contactez {organiserName}."]
        );
    }

    private static string Seats(Registration registration) =>
        $"{registration.Seats} place{(registration.Seats > 1 ? "s" : "")}";

    /// <summary>"le mardi 1 décembre 2026 de 14 h 00 à 16 h 00", in the event's time zone.</summary>
    public static string When(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (start, end) = Local(e);
        var day = start.ToString("dddd d MMMM yyyy", French);
        return start.Date == end.Date
            ? $"le {day} de {start:HH' h 'mm} à {end:HH' h 'mm}"
            : $"du {day} à {start:HH' h 'mm} au {end.ToString("dddd d MMMM yyyy", French)} à {end:HH' h 'mm}";
    }

    /// <summary>"mardi 1 décembre à 14 h 00", for a subject.</summary>
    private static string Day(Event e) =>
        $"{Local(e).Start.ToString("dddd d MMMM", French)} à {Local(e).Start:HH' h 'mm}";

    private static (DateTimeOffset Start, DateTimeOffset End) Local(Event e)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone);
        return (TimeZoneInfo.ConvertTime(e.StartsAt, zone), TimeZoneInfo.ConvertTime(e.EndsAt, zone));
    }
}
