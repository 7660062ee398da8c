namespace Network.Activity.Queries;

/// <summary>
/// Events that start in the period. <c>registrations</c>, <c>attendance</c>, <c>noShows</c>, <c>fillRate</c> and
/// <c>noShowRate</c> are about residents and count only published events that were not cancelled.
/// </summary>
/// <param name="Published">Events published that start in the period.</param>
/// <param name="Cancelled">Events cancelled among them.</param>
/// <param name="Registrations">Seats registered. Null when suppressed.</param>
/// <param name="Attendance">Seats recorded present. Null when suppressed.</param>
/// <param name="NoShows">Seats recorded absent. Null when suppressed.</param>
/// <param name="FillRate">Confirmed seats ÷ capacity, 0 to 1. Null when suppressed.</param>
/// <param name="NoShowRate">Seats absent ÷ seats registered, over events whose attendance was recorded, 0 to 1. Null
/// when suppressed.</param>
/// <param name="Suppressed">Whether any figure about residents is withheld (small-number suppression).</param>
public sealed record EventFigures(
    int Published,
    int Cancelled,
    int? Registrations,
    int? Attendance,
    int? NoShows,
    double? FillRate,
    double? NoShowRate,
    bool Suppressed
)
{
    public static readonly IReadOnlyList<ResidentCount<EventTotals>> Counts =
    [
        new("registrations", t => t.Registrations),
        new("attendance", t => t.Attendance),
        new("noShows", t => t.NoShows),
    ];

    public static EventFigures From(EventTotals totals, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(disclosure);
        return new EventFigures(
            totals.Published,
            totals.Cancelled,
            disclosure.Count("registrations", totals.Registrations),
            disclosure.Count("attendance", totals.Attendance),
            disclosure.Count("noShows", totals.NoShows),
            disclosure.Rate(
                Rates.Of(totals.SeatsAtLimitedEvents, totals.Capacity),
                totals.SeatsAtLimitedEvents,
                "registrations"
            ),
            disclosure.Rate(
                Rates.Of(totals.NoShows, totals.RecordedRegistered),
                totals.RecordedRegistered,
                "noShows",
                "attendance"
            ),
            disclosure.Suppressed
        );
    }
}
