namespace Network.Portal.Formatting;

/// <summary>A loan's window in words, in Paris time, where the network lends: "du lundi 8 décembre, 9 h, au mercredi 10
/// décembre, 18 h"; and the days a window covers: "du lundi 8 au mercredi 10 décembre".</summary>
public static class LoanTime
{
    private static TimeZoneInfo Paris => French.Zone(null);

    public static string Of(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var (start, end) = (Local(from), Local(to));
        var year = Local(now).Year;
        var (startDay, endDay) = (DateOnly.FromDateTime(start), DateOnly.FromDateTime(end));
        return startDay == endDay
            ? $"le {Date(startDay, year)}, de {Hour(start)} à {Hour(end)}"
            : $"du {Date(startDay, year)}, {Hour(start)}, au {Date(endDay, year)}, {Hour(end)}";
    }

    /// <summary>The days of the window, the last being the day before when it ends at midnight.</summary>
    public static string Days(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var first = Day(from);
        var last = DateOnly.FromDateTime(Local(to).AddTicks(-1));
        var year = Local(now).Year;
        if (last <= first)
        {
            return $"le {Date(first, year)}";
        }

        var start =
            first.Month == last.Month && first.Year == last.Year
                ? $"{first.ToString("dddd", French.Culture)} {Number(first)}"
            : first.Year == last.Year ? Date(first, first.Year)
            : Date(first, year: 0);
        return $"du {start} au {Date(last, year)}";
    }

    /// <summary>"lundi 8 décembre à 9 h"; "demain à 9 h".</summary>
    public static string Moment(DateTimeOffset instant, DateTimeOffset now)
    {
        var (day, today) = (Day(instant), Day(now));
        var date =
            day == today ? "aujourd'hui"
            : day == today.AddDays(1) ? "demain"
            : Date(day, today.Year);
        return $"{date} à {Hour(Local(instant))}";
    }

    /// <summary>The day in Paris an instant falls on.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>The instant a day and an hour in Paris name.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local));
    }

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).DateTime;

    private static string Hour(DateTime local) => French.Hour(TimeOnly.FromDateTime(local));

    /// <summary>"lundi 8 décembre", "mardi 1er décembre", with the year when it is not
    /// <paramref name="year"/>.</summary>
    private static string Date(DateOnly day, int year)
    {
        var text = $"{day.ToString("dddd", French.Culture)} {Number(day)} {day.ToString("MMMM", French.Culture)}";
        return day.Year == year ? text : $"{text} {day.Year}";
    }

    private static string Number(DateOnly day) => day.Day == 1 ? "1er" : day.Day.ToString(French.Culture);
}
