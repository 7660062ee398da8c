using Network.Events.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>
/// The optional <c>recurrence</c> of <c>POST /api/events</c>: <c>frequency</c> daily or weekly, <c>weekdays</c>
/// (default: every day for daily, the first day's weekday for weekly), <c>interval</c> (default 1), and exactly one of
/// <c>until</c> (a date, inclusive) or <c>count</c>; a series runs at most a year.
/// </summary>
/// <param name="Frequency">How often the event repeats (required).</param>
/// <param name="Weekdays">The days of the week it happens on, for a weekly series.</param>
/// <param name="Interval">Every how many periods it repeats (1 by default).</param>
/// <param name="Until">The last date it may happen on, inclusive; or give `count`.</param>
/// <param name="Count">How many events the series holds; or give `until`.</param>
public sealed record RecurrenceRequest(
    RecurrenceFrequency? Frequency = null,
    IReadOnlyList<DayOfWeek>? Weekdays = null,
    int? Interval = null,
    DateOnly? Until = null,
    int? Count = null
)
{
    public Recurrence? Validate(DateTimeOffset? startsAt, string timeZone, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var firstDay =
            startsAt is { } start && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
                ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime)
                : (DateOnly?)null;
        var before = errors.ToDictionary().Count;
        errors
            .Require(Frequency is not null, "recurrence.frequency", "La fréquence est obligatoire : daily ou weekly.")
            .Require(
                Interval is null or (>= 1 and <= 52),
                "recurrence.interval",
                "L'intervalle est compris entre 1 et 52."
            )
            .Require(
                Weekdays is null || Weekdays.Count > 0,
                "recurrence.weekdays",
                "Donnez au moins un jour, ou aucun champ weekdays."
            )
            .Require(
                (Until is null) != (Count is null),
                "recurrence",
                "Donnez soit until (une date de fin), soit count (un nombre de séances)."
            )
            .Require(
                Count is null or (>= 1 and <= Recurrence.MaxOccurrences),
                "recurrence.count",
                $"Le nombre de séances est compris entre 1 et {Recurrence.MaxOccurrences}."
            )
            .Require(
                Until is null || firstDay is null || Until >= firstDay,
                "recurrence.until",
                "La date de fin vient après la première séance."
            )
            .Require(
                Until is null || firstDay is null || Until <= firstDay.Value.AddYears(1),
                "recurrence.until",
                "Une série dure au plus un an."
            );
        if (errors.ToDictionary().Count > before || firstDay is null)
        {
            return null;
        }

        var weekdays =
            Weekdays is { Count: > 0 } ? Weekdays.ToHashSet()
            : Frequency == RecurrenceFrequency.Daily ? Enum.GetValues<DayOfWeek>().ToHashSet()
            : [firstDay.Value.DayOfWeek];
        return new Recurrence(Frequency!.Value, weekdays, Interval ?? 1, Until, Count);
    }
}
