using System.Globalization;
using Network.Events.Api;
using Network.Events.Domain;
using Network.ServiceDefaults.Text;

namespace Network.Events.Notices;

/// <summary>What a registrant reads: short sentences, the date in full, the place, and who to ask.</summary>
internal static class NoticeTexts
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="cancelLink">Where the registrant cancels; the e-mail about an attempt to register them again
    /// carries it.</param>
    public static (string Subject, string Body) For(
        NoticeKind kind,
        Registration registration,
        Event e,
        string organiserName,
        Uri? cancelLink = null
    )
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(e);
        var when = When(e);
        var place = CalendarFeed.Place(e.Location);
        var standing = registration.Status == RegistrationStatus.Waitlisted ? "sur liste d'attente" : "confirmée";
        var (subject, news) = kind switch
        {
            NoticeKind.EventRescheduled => (
                $"Changement d'horaire : {e.Title}",
                $"L'événement « {e.Title} » change d'horaire.\nNouvelle date : {when}.\nLieu : {place}.\n\n"
                    + "Votre inscription est conservée."
            ),
            NoticeKind.EventCancelled => (
                $"Annulation : {e.Title}",
                $"L'événement « {e.Title} » prévu {when} est annulé.\nMotif : {e.CancellationReason}\n\n"
                    + "Nous sommes désolés pour ce changement."
            ),
            NoticeKind.RegistrationAttempted => (
                $"Nouvelle demande d'inscription avec vos coordonnées : {e.Title}",
                $"Quelqu'un vient de demander une inscription à « {e.Title} » ({when}) avec votre adresse e-mail ou "
                    + "votre numéro de téléphone, déjà inscrits à cet événement. Cette demande n'a rien changé : "
                    + $"votre inscription est maintenue ({Seats(registration)}, {standing}).\n\n"
                    + "Si c'était vous et que vous voulez changer le nombre de places, annulez votre inscription "
                    + "puis inscrivez-vous de nouveau. Si ce n'était pas vous, vous n'avez rien à faire.\n\n"
                    + $"Pour annuler votre inscription : {cancelLink}"
            ),
            _ => (
                $"Une place s'est libérée : {e.Title}",
                $"Bonne nouvelle : une place s'est libérée. Votre inscription à « {e.Title} » est confirmée "
                    + $"({Seats(registration)}).\nDate : {when}.\nLieu : {place}."
            ),
        };
        // A header holds one line: System.Net.Mail refuses a subject with a line break, whatever the title was given.
        return (
            ControlCharacters.OneLine(subject),
            $"Bonjour {registration.FirstName},\n\n{news}\n\nPour toute question, contactez {organiserName}.\n"
        );
    }

    private static string Seats(Registration registration) =>
        $"{registration.Seats} place{(registration.Seats > 1 ? "s" : "")}";

    /// <summary>"le mardi 1 décembre 2026 de 14 h 00 à 16 h 00", in the event's time zone.</summary>
    public static string When(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone);
        var (start, end) = (TimeZoneInfo.ConvertTime(e.StartsAt, zone), TimeZoneInfo.ConvertTime(e.EndsAt, zone));
        var day = start.ToString("dddd d MMMM yyyy", French);
        return start.Date == end.Date
            ? $"le {day} de {start:HH' h 'mm} à {end:HH' h 'mm}"
            : $"du {day} à {start:HH' h 'mm} au {end.ToString("dddd d MMMM yyyy", French)} à {end:HH' h 'mm}";
    }
}
