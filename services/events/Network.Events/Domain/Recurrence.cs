namespace Network.Events.Domain;

public enum RecurrenceFrequency
{
    Daily,
    Weekly,
}

/// <summary>
/// How a series repeats: every <see cref="Interval"/> days or weeks, on <see cref="Weekdays"/>, until a date or for a
/// count, within a year of its first occurrence. Occurrences keep their wall-clock time in the event's time zone, so
/// a 17:00 session stays at 17:00 across the change to summer time.
/// </summary>
public sealed record Recurrence(
    RecurrenceFrequency Frequency,
    IReadOnlySet<DayOfWeek> Weekdays,
    int Interval,
    DateOnly? Until,
    int? Count
)
{
    public const int MaxOccurrences = 366;

    /// <summary>The longest a series may run, from its first start to its last.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(366);

    /// <summary>Every occurrence from the first matching day on or after <paramref name="first"/>'s date.</summary>
    public IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Occurrences(
        DateTimeOffset first,
        DateTimeOffset firstEnd,
        TimeZoneInfo zone
    )
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localStart = TimeZoneInfo.ConvertTime(first, zone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(firstEnd, zone).DateTime;
        var firstDay = DateOnly.FromDateTime(localStart);
        // A count may reach past the longest span: its occurrences are listed so that the caller can refuse them.
        var lastDay = Until ?? firstDay.AddDays(2 * (int)MaxSpan.TotalDays);
        var occurrences = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var day = firstDay; day <= lastDay && occurrences.Count < (Count ?? int.MaxValue); day = day.AddDays(1))
        {
            if (Matches(firstDay, day))
            {
                var start = localStart.AddDays(day.DayNumber - firstDay.DayNumber);
                var end = localEnd.AddDays(day.DayNumber - firstDay.DayNumber);
                occurrences.Add((ToInstant(start, zone), ToInstant(end, zone)));
            }
        }

        return occurrences;
    }

    private bool Matches(DateOnly firstDay, DateOnly day)
    {
        if (!Weekdays.Contains(day.DayOfWeek))
        {
            return false;
        }

        var elapsed = day.DayNumber - firstDay.DayNumber;
        return Frequency == RecurrenceFrequency.Daily
            ? elapsed % Interval == 0
            : (WeekNumber(day) - WeekNumber(firstDay)) % Interval == 0;
    }

    /// <summary>Weeks start on Monday, as in France.</summary>
    private static int WeekNumber(DateOnly day) => (day.DayNumber - ((int)day.DayOfWeek + 6) % 7) / 7;

    /// <summary>A wall-clock time skipped by the change to summer time is moved forward by the gap; an ambiguous one
    /// takes the earlier instant.</summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
