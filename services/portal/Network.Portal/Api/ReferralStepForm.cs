using System.Globalization;
using Network.Portal.Formatting;

namespace Network.Portal.Api;

/// <summary>
/// A form that moves a referral on (accept, decline, complete, no-show, cancel) or exercises the resident's rights, as
/// posted: the version of the referral the page showed, the answer to the confirmation, and the fields the step
/// takes.
/// </summary>
public sealed class ReferralStepForm
{
    /// <summary>The referral's <c>ETag</c> when the page was shown, sent back as <c>If-Match</c>.</summary>
    public string? Version { get; set; }

    /// <summary>"oui" once the person has read what the step will do.</summary>
    public string? Confirmed { get; set; }

    /// <summary>The appointment's day and time, as date and time fields post them (<c>2026-12-09</c>,
    /// <c>14:30</c>).</summary>
    public string? AppointmentDay { get; set; }

    public string? AppointmentTime { get; set; }

    public string? Note { get; set; }

    public string? Reason { get; set; }

    public string? Message { get; set; }

    public string? Outcome { get; set; }

    public bool IsConfirmed => Confirmed == "oui";

    /// <summary>A day without a time, or a time without a day, is refused before the confirmation.</summary>
    internal IReadOnlyList<(string Field, string Message)> CheckAppointment() =>
        string.IsNullOrWhiteSpace(AppointmentDay) == string.IsNullOrWhiteSpace(AppointmentTime)
        && (string.IsNullOrWhiteSpace(AppointmentDay) || AppointmentAt is not null)
            ? []
            : [("appointmentAt", "Indiquez le jour et l'heure du rendez-vous, ou aucun des deux.")];

    internal object ToAccept() => new { appointmentAt = AppointmentAt, note = FormValue.Of(Note) };

    internal object ToDecline() => new { reason = FormValue.Of(Reason), message = FormValue.Of(Message) };

    internal object ToComplete() => new { outcome = FormValue.Of(Outcome) };

    internal object ToCancel() => new { reason = FormValue.Of(Reason) };

    /// <summary>The appointment in Paris time.</summary>
    private DateTimeOffset? AppointmentAt
    {
        get
        {
            if (
                !DateTime.TryParseExact(
                    $"{AppointmentDay} {AppointmentTime}",
                    "yyyy-MM-dd HH:mm",
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out var local
                )
            )
            {
                return null;
            }

            return new DateTimeOffset(local, French.Zone(null).GetUtcOffset(local));
        }
    }
}
