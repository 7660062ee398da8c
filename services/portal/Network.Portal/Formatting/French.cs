using System.Globalization;

namespace Network.Portal.Formatting;

/// <summary>How the portal writes times and numbers: as a person says them in French.</summary>
public static class French
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    private const string NarrowSpace = "\u202F";

    /// <summary>Thousands grouped by a narrow no-break space, whatever the machine's own French rules say.</summary>
    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = NarrowSpace };

    /// <summary>"14 h", "9 h 30".</summary>
    public static string Hour(TimeOnly time) => time.Minute == 0 ? $"{time.Hour} h" : $"{time.Hour} h {time.Minute:00}";

    /// <summary>"aujourd'hui", "demain", "mardi 9 décembre", "mardi 1er décembre", with the year when it is not this
    /// one.</summary>
    public static string Day(DateOnly day, DateOnly today)
    {
        if (day == today)
        {
            return "aujourd'hui";
        }

        if (day == today.AddDays(1))
        {
            return "demain";
        }

        return Date(day, today.Year);
    }

    /// <summary>"mardi 9 décembre", "mardi 1er décembre", with the year when it is not
    /// <paramref name="year"/>.</summary>
    public static string Date(DateOnly day, int year)
    {
        var text = $"{day.ToString("dddd", Culture)} {DayNumber(day)} {day.ToString("MMMM", Culture)}";
        return day.Year == year ? text : $"{text} {day.Year}";
    }

    /// <summary>"8", and "1er" for the first of the month.</summary>
    public static string DayNumber(DateOnly day) => day.Day == 1 ? "1er" : day.Day.ToString(Culture);

    /// <summary>The day an instant falls on in Paris.</summary>
    public static DateOnly Today(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone(null)).DateTime);

    /// <summary>The day of an instant in Paris time, as <see cref="Day"/> says it.</summary>
    public static string DayOf(DateTimeOffset instant, DateTimeOffset now) => Day(Today(instant), Today(now));

    /// <summary>The same inside a sentence: "aujourd'hui", "demain", else "le mardi 9 décembre".</summary>
    public static string OnDayOf(DateTimeOffset instant, DateTimeOffset now) =>
        DayOf(instant, now) is var day && day is "aujourd'hui" or "demain" ? day : $"le {day}";

    /// <summary>How long ago, in days of Paris: "aujourd'hui", "hier", "il y a 12 jours".</summary>
    public static string Ago(DateTimeOffset instant, DateTimeOffset now) =>
        (Today(now).DayNumber - Today(instant).DayNumber) switch
        {
            <= 0 => "aujourd'hui",
            1 => "hier",
            var days => $"il y a {days} jours",
        };

    /// <summary>"mardi 9 décembre à 14 h 05", "aujourd'hui à 9 h", in Paris time.</summary>
    public static string DayAndHour(DateTimeOffset instant, DateTimeOffset now)
    {
        var time = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone(null)).DateTime);
        return $"{DayOf(instant, now)} à {Hour(time)}";
    }

    /// <summary>"62 %" (a narrow no-break space before the sign), from a fraction between 0 and 1.</summary>
    public static string Percent(double fraction) =>
        $"{Math.Round(fraction * 100).ToString("0", Culture)}{NarrowSpace}%";

    /// <summary>"1 230" (a narrow no-break space between thousands).</summary>
    public static string Number(int count) => count.ToString("#,0", Numbers);

    /// <summary>A count about people as <see cref="Number"/> writes it, or "moins de 5" when the API withheld it
    /// (null) to protect the people counted.</summary>
    public static string Figure(int? count) => count is { } shown ? Number(shown) : "moins de 5";

    /// <summary>"2,5 km", "800 m".</summary>
    public static string Distance(double kilometres) =>
        kilometres < 1 ? $"{Math.Round(kilometres * 1000 / 50) * 50:0} m" : $"{kilometres.ToString("0.#", Culture)} km";

    /// <summary>"1ʳᵉ", "2ᵉ".</summary>
    public static string Ordinal(int position) => position == 1 ? "1ʳᵉ" : $"{position}ᵉ";

    /// <summary>"04 93 00 11 00" for a French number written "+33493001100"; any other number as written.</summary>
    public static string Phone(string phone)
    {
        var digits = phone.StartsWith("+33", StringComparison.Ordinal) ? "0" + phone[3..] : phone;
        return digits.Length == 10 && digits.All(char.IsAsciiDigit)
            ? string.Join(' ', Enumerable.Range(0, 5).Select(pair => digits.Substring(pair * 2, 2)))
            : phone;
    }

    public static string Plural(int count, string singular, string plural) => count is 0 or 1 ? singular : plural;

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    /// <summary>The time zone of an event; Paris when the name is unknown to this machine.</summary>
    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
