using System.ComponentModel.DataAnnotations;
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
    [property: Required(ErrorMessage = "La fréquence est obligatoire : daily ou weekly.")]
        RecurrenceFrequency? Frequency = null,
    [property: MinLength(1, ErrorMessage = "Donnez au moins un jour, ou aucun champ weekdays.")]
        IReadOnlyList<DayOfWeek>? Weekdays = null,
    [property: Range(1, 52, ErrorMessage = "L'intervalle est compris entre {1} et {2}.")] int? Interval = null,
    DateOnly? Until = null,
    [property: Range(1, Recurrence.MaxOccurrences, ErrorMessage = "Le nombre de séances est compris entre {1} et {2}.")]
        int? Count = null
)
{
    /// <summary>
    /// The rules between its fields and, when the event has a valid start, its first day; named from the event
    /// (<c>recurrence.until</c>).
    /// </summary>
    public void Check(DateOnly? firstDay, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors
            .Require(
                (Until is null) != (Count is null),
                "recurrence",
                "Donnez soit until (une date de fin), soit count (un nombre de séances)."
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
    }

    /// <summary>The recurrence of a request that passed its validation, from the event's first day.</summary>
    public Recurrence ToRecurrence(DateOnly firstDay)
    {
        var weekdays =
            Weekdays is { Count: > 0 } ? Weekdays.ToHashSet()
            : Frequency == RecurrenceFrequency.Daily ? Enum.GetValues<DayOfWeek>().ToHashSet()
            : [firstDay.DayOfWeek];
        return new Recurrence(Frequency!.Value, weekdays, Interval ?? 1, Until, Count);
    }
}
