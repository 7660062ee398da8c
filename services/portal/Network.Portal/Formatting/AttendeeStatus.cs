using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>Where a registration stands, as the staff read it in their lists.</summary>
public static class AttendeeStatus
{
    public static string Of(Attendee attendee)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        return attendee.Status == "waitlisted" ? $"Liste d'attente ({French.Ordinal(attendee.WaitlistPosition ?? 1)})"
            : attendee.ReferralId is not null ? "Inscrit·e (orientation)"
            : "Inscrit·e";
    }
}
