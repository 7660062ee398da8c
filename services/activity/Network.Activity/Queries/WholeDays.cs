namespace Network.Activity.Queries;

/// <summary>
/// A period cut into the whole days (in Paris) it covers, <c>[First, End)</c> (null: no limit on that side), and the
/// parts of a day left at its ends, as filters of their own.
/// </summary>
internal sealed record WholeDays(DateOnly? First, DateOnly? End, IReadOnlyList<ActivityFilter> Edges)
{
    /// <summary>The whole days of <paramref name="filter"/>'s period; null when it covers none.</summary>
    public static WholeDays? Of(ActivityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        DateOnly? first = null;
        DateOnly? end = null;
        var edges = new List<ActivityFilter>();
        if (filter.From is { } from)
        {
            var day = ParisCalendar.Day(from);
            first = ParisCalendar.Midnight(day) < from ? day.AddDays(1) : day;
        }

        if (filter.To is { } to)
        {
            end = ParisCalendar.Day(to);
        }

        if (first is { } a && end is { } b && a >= b)
        {
            return null;
        }

        if (first is { } start && ParisCalendar.Midnight(start) > filter.From)
        {
            edges.Add(filter with { To = ParisCalendar.Midnight(start) });
        }

        if (end is { } stop && ParisCalendar.Midnight(stop) < filter.To)
        {
            edges.Add(filter with { From = ParisCalendar.Midnight(stop) });
        }

        return new WholeDays(first, end, edges);
    }
}
