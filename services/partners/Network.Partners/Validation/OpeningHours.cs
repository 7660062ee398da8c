using System.Text.RegularExpressions;

namespace Network.Partners.Validation;

/// <summary>
/// The OpenStreetMap <c>opening_hours</c> forms partners use: rules separated by <c>;</c>, each a list of days
/// or day ranges (or <c>PH</c>, public holidays) followed by time ranges or <c>off</c>, e.g.
/// <c>Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off</c>; or <c>24/7</c>.
/// </summary>
public static partial class OpeningHours
{
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (value.Trim() == "24/7")
        {
            return true;
        }

        var rules = value.Split(';');
        return rules.All(rule =>
            Rule().Match(rule.Trim()) is { Success: true } match && TimesAreValid(match.Groups["times"].Value)
        );
    }

    private static bool TimesAreValid(string times) =>
        times is "off" or "closed"
        || times
            .Split(',')
            .All(range =>
            {
                var (start, end) = (Minutes(range[..5]), Minutes(range[6..]));
                return start is >= 0 and < 24 * 60 && end is > 0 and <= 24 * 60 && start != end;
            });

    private static int Minutes(string time)
    {
        var (hours, minutes) = (
            int.Parse(time[..2], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(time[3..], System.Globalization.CultureInfo.InvariantCulture)
        );
        return minutes > 59 ? -1 : (hours * 60) + minutes;
    }

    /// <summary>A day of the week, as OpenStreetMap abbreviates it.</summary>
    private const string Weekday = "(?:Mo|Tu|We|Th|Fr|Sa|Su)";

    /// <summary>A day or a range of days: <c>Mo</c>, <c>Mo-Fr</c>.</summary>
    private const string WeekdayRange = Weekday + "(?:-" + Weekday + ")?";

    /// <summary>Days, day ranges or <c>PH</c>, separated by commas: <c>Mo-We,Fr,PH</c>.</summary>
    private const string Days = "(?:" + WeekdayRange + "|PH)(?:,(?:" + WeekdayRange + "|PH))*";

    /// <summary>A time range: <c>09:00-12:00</c>.</summary>
    private const string TimeRange = @"\d{2}:\d{2}-\d{2}:\d{2}";

    /// <summary><c>off</c>, <c>closed</c>, or time ranges separated by commas.</summary>
    private const string Times = "off|closed|" + TimeRange + "(?:," + TimeRange + ")*";

    /// <summary>One rule: optional days and a space, then the times.</summary>
    [GeneratedRegex("^(?:(?<days>" + Days + ") )?(?<times>" + Times + ")$")]
    private static partial Regex Rule();
}
