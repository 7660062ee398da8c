namespace Network.Activity.Queries;

/// <summary>
/// Events that start in the period. <c>registrations</c>, <c>attendance</c>, <c>noShows</c>, <c>fillRate</c> and
/// <c>noShowRate</c> are about residents and count only published events that were not cancelled.
/// </summary>
public sealed record EventFigures(
    int Published, int Cancelled, int? Registrations, int? Attendance, int? NoShows, double? FillRate, double? NoShowRate, bool Suppressed)
{
    public static EventFigures From(EventTotals totals, bool local)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var suppression = new Suppression(local);
        return new EventFigures(
            totals.Published,
            totals.Cancelled,
            suppression.Count(totals.Registrations),
            suppression.Count(totals.Attendance),
            suppression.Count(totals.NoShows),
            suppression.Rate(Rates.Of(totals.SeatsAtLimitedEvents, totals.Capacity), totals.SeatsAtLimitedEvents),
            suppression.Rate(Rates.Of(totals.NoShows, totals.RecordedRegistered), totals.RecordedRegistered),
            suppression.Suppressed);
    }
}
