namespace Network.Portal.Formatting;

/// <summary>A loan's window in words, in Paris time, where the network lends: "du lundi 8 décembre, 9 h, au mercredi 10
/// décembre, 18 h"; and the days a window covers: "du lundi 8 au mercredi 10 décembre".</summary>
public static class LoanTime
{
    private static TimeZoneInfo Paris => French.Zone(null);

    public static string Of(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var (start, end) = (Local(from), Local(to));
        var year = French.Today(now).Year;
        var (startDay, endDay) = (DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
        return startDay == endDay
            ? $"le {French.Date(startDay, year)}, de {Hour(start)} à {Hour(end)}"
            : $"du {French.Date(startDay, year)}, {Hour(start)}, au {French.Date(endDay, year)}, {Hour(end)}";
    }

    /// <summary>The days of the window, the last being the day before when it ends at midnight.</summary>
    public static string Days(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var first = French.Today(from);
        var last = DateOnly.FromDateTime(Local(to).AddTicks(-1));
        var year = French.Today(now).Year;
        if (last <= first)
        {
            return $"le {French.Date(first, year)}";
        }

        // The month and the year are said once when both days share them: "du lundi 8 au mercredi 10 décembre".
        var start =
            first.Month == last.Month && first.Year == last.Year
                ? $"{first.ToString("dddd", French.Culture)} {French.DayNumber(first)}"
            : first.Year == last.Year ? French.Date(first, first.Year)
            : French.Date(first, year: 0);
        return $"du {start} au {French.Date(last, year)}";
    }

    /// <summary>The instant a day and an hour in Paris name.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local));
    }

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).DateTime;

    private static string Hour(DateTime local) => French.Hour(TimeOnly.FromDateTime(local));
}
