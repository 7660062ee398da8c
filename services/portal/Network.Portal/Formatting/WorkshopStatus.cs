using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>Where a workshop stands, as its organisers say it: a draft, published, under way, over,
/// cancelled.</summary>
public static class WorkshopStatus
{
    public static (string Text, BadgeTone Tone) Of(Workshop workshop, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Status switch
        {
            "draft" => ("Brouillon", BadgeTone.Neutral),
            "cancelled" => ("Annulé", BadgeTone.Cancelled),
            _ when workshop.Status == "completed" || workshop.EndsAt <= now => ("Terminé", BadgeTone.Neutral),
            _ when workshop.StartsAt <= now => ("En cours", BadgeTone.Few),
            _ => ("Publié", BadgeTone.Open),
        };
    }

    /// <summary>Attendance is taken once the workshop has started, if it takes place.</summary>
    public static bool TakesAttendance(Workshop workshop, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Status is "published" or "completed" && workshop.StartsAt <= now;
    }

    /// <summary>Staff register people on their behalf until it starts, once it is published.</summary>
    public static bool TakesRegistrations(Workshop workshop, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Status == "published" && now < workshop.StartsAt;
    }

    /// <summary>"12 places réservées sur 20", "5 places réservées (sans limite)", with the waitlist when there is
    /// one.</summary>
    public static string Seats(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var taken = $"{workshop.SeatsTaken} {French.Plural(workshop.SeatsTaken, "place réservée", "places réservées")}";
        var of = workshop.Capacity is { } capacity ? $"{taken} sur {capacity}" : $"{taken} (sans limite)";
        return workshop.WaitlistLength > 0 ? $"{of}, {workshop.WaitlistLength} en liste d'attente" : of;
    }
}
