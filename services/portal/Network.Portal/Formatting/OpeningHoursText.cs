using System.Text.RegularExpressions;

namespace Network.Portal.Formatting;

/// <summary>
/// OpenStreetMap's <c>opening_hours</c>, in words: "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00" reads
/// "du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h ; le samedi, de 9 h à 12 h". The usual rules (days, ranges of
/// days, hours, <c>off</c>, public holidays) are put in words; anything else is shown as written.
/// </summary>
public static partial class OpeningHoursText
{
    /// <summary>The days of the week as OpenStreetMap abbreviates them, Monday first.</summary>
    internal static readonly string[] Codes = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    internal static readonly string[] Names = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    /// <summary>The same, as (days, hours) pairs for a table; null when the value is not in the usual rules.</summary>
    public static IReadOnlyList<(string Days, string Hours)>? Rows(string? openingHours)
    {
        var lines = Of(openingHours);
        if (lines.Count == 1 && lines[0] == openingHours)
        {
            return null;
        }

        return lines
            .Select(line =>
                line.StartsWith("Fermé ", StringComparison.Ordinal)
                    ? (French.Capitalised(line["Fermé ".Length..]), "Fermé")
                    : (
                        line[..line.IndexOf(", ", StringComparison.Ordinal)],
                        French.Capitalised(line[(line.IndexOf(", ", StringComparison.Ordinal) + 2)..])
                    )
            )
            .ToList();
    }

    public static IReadOnlyList<string> Of(string? openingHours)
    {
        if (string.IsNullOrWhiteSpace(openingHours))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (
            var rule in openingHours.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            if (rule == "24/7")
            {
                lines.Add("tous les jours, à toute heure");
                continue;
            }

            var match = Rule().Match(rule);
            if (!match.Success)
            {
                return [openingHours];
            }

            var days = Days(match.Groups["days"].Value);
            var hours = match.Groups["hours"].Value;
            lines.Add(hours == "off" ? $"fermé {days}" : $"{days}, {Hours(hours)}");
        }

        return lines.Select(French.Capitalised).ToList();
    }

    private static string Days(string days)
    {
        if (days == "PH")
        {
            return "les jours fériés";
        }

        var parts = days.Split(',')
            .Select(part =>
            {
                var range = part.Split('-');
                return range.Length == 2 ? $"du {Name(range[0])} au {Name(range[1])}" : $"le {Name(range[0])}";
            })
            .ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " et " + parts[^1];
    }

    private static string Hours(string hours) =>
        string.Join(
            " et ",
            hours
                .Split(',')
                .Select(span =>
                {
                    var ends = span.Split('-');
                    var (start, end) = (
                        TimeOnly.Parse(ends[0], French.Culture),
                        TimeOnly.Parse(ends[1], French.Culture)
                    );
                    return $"de {French.Hour(start)} à {French.Hour(end)}";
                })
        );

    private static string Name(string code) => Names[Array.IndexOf(Codes, code)];

    /// <summary>A day or a range of days, as OpenStreetMap abbreviates them: <c>Mo</c>, <c>Mo-Fr</c>.</summary>
    private const string WeekdayRange = "(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?";

    /// <summary>A time range: <c>09:00-12:00</c>.</summary>
    private const string TimeRange = @"\d{2}:\d{2}-\d{2}:\d{2}";

    /// <summary><c>PH</c>, or days and day ranges separated by commas: <c>Mo-We,Fr</c>.</summary>
    private const string DayList = "PH|" + WeekdayRange + "(?:," + WeekdayRange + ")*";

    /// <summary><c>off</c>, or time ranges separated by commas.</summary>
    private const string HourList = "off|" + TimeRange + "(?:," + TimeRange + ")*";

    /// <summary>One rule: the days, white space, then the hours.</summary>
    [GeneratedRegex("^(?<days>" + DayList + @")\s+(?<hours>" + HourList + ")$")]
    internal static partial Regex Rule();
}
