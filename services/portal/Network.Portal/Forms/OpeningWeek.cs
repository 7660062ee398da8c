using System.Globalization;
using System.Text.RegularExpressions;
using Network.Portal.Formatting;

namespace Network.Portal.Forms;

/// <summary>
/// The opening hours of a week as the profile form edits them, read from and written to OpenStreetMap's
/// <c>opening_hours</c>: for each day, the time it opens and closes, and again after a break
/// (<c>Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off</c>). The form's fields are named after the day and the
/// time: <c>Mo-0</c> opens, <c>Mo-1</c> closes, <c>Mo-2</c> opens again, <c>Mo-3</c> closes again.
/// </summary>
public static partial class OpeningWeek
{
    /// <summary>The times of a day the form shows: a morning and an afternoon.</summary>
    public const int Slots = 4;

    private const string Format = "HH:mm";

    public static string Key(string day, int slot) => $"{day}-{slot.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The form's fields for <paramref name="openingHours"/>, and whether it says the structure closes on
    /// public holidays; null when it says more than the form shows (every hour of the week, three spans a day, hours on
    /// public holidays), which the form then keeps as written.</summary>
    public static (Dictionary<string, string> Fields, bool ClosedOnHolidays)? Read(string? openingHours)
    {
        var fields = new Dictionary<string, string>();
        var closedOnHolidays = false;
        foreach (
            var rule in (openingHours ?? "").Split(
                ';',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
            )
        )
        {
            var match = OpeningHoursText.Rule().Match(rule);
            if (!match.Success)
            {
                return null;
            }

            var (days, hours) = (match.Groups["days"].Value, match.Groups["hours"].Value);
            var spans = hours == "off" ? [] : hours.Split(',').Select(Span).ToList();
            if (spans.Count > 2 || spans.Any(span => span is null) || (days == "PH" && hours != "off"))
            {
                return null;
            }

            closedOnHolidays |= days == "PH";
            var times = spans.SelectMany(span => new[] { span!.Value.Opens, span.Value.Closes }).ToList();
            foreach (var day in days == "PH" ? [] : DaysOf(days))
            {
                for (var slot = 0; slot < Slots; slot++)
                {
                    fields[Key(day, slot)] = slot < times.Count ? Text(times[slot]) : "";
                }
            }
        }

        return (fields, closedOnHolidays);
    }

    /// <summary>The value the fields say (null for no hours at all), or what to correct, at most once a day, named
    /// <c>openingHours.Mo</c>.</summary>
    public static (string? Value, IReadOnlyList<(string Field, string Message)> Errors) Write(
        IReadOnlyDictionary<string, string>? fields,
        bool closedOnHolidays
    )
    {
        var errors = new List<(string, string)>();
        var week = new List<string>();
        for (var index = 0; index < OpeningHoursText.Codes.Length; index++)
        {
            var (day, name) = (OpeningHoursText.Codes[index], OpeningHoursText.Names[index]);
            var times = Enumerable.Range(0, Slots).Select(slot => fields?.GetValueOrDefault(Key(day, slot))).ToList();
            var (hours, problem) = HoursOf(times);
            week.Add(hours);
            if (problem is not null)
            {
                errors.Add(($"openingHours.{day}", $"Le {name}, {problem}"));
            }
        }

        var rules = Group(week);
        if (closedOnHolidays)
        {
            rules.Add("PH off");
        }

        return (rules.Count == 0 ? null : string.Join("; ", rules), errors);
    }

    /// <summary>A day's spans as OpenStreetMap writes them (<c>09:00-12:00,14:00-18:00</c>, empty when closed), or
    /// what is wrong with them.</summary>
    private static (string Hours, string? Problem) HoursOf(IReadOnlyList<string?> times)
    {
        var parsed = times.Select(Time).ToList();
        if (times.Where((time, slot) => !string.IsNullOrWhiteSpace(time) && parsed[slot] is null).Any())
        {
            return ("", "écrivez les heures ainsi : 9:00, 9 h ou 14 h 30.");
        }

        var spans = new List<(TimeOnly Opens, TimeOnly Closes)>();
        for (var slot = 0; slot < Slots; slot += 2)
        {
            switch (parsed[slot], parsed[slot + 1])
            {
                case (null, null):
                    continue;
                case ({ } opens, { } closes) when closes > opens:
                    spans.Add((opens, closes));
                    break;
                case ({ }, { }):
                    return ("", "l'heure de fermeture vient après l'heure d'ouverture.");
                default:
                    return ("", "indiquez l'heure d'ouverture et l'heure de fermeture.");
            }
        }

        if (spans.Count == 2 && spans[1].Opens <= spans[0].Closes)
        {
            return ("", "la réouverture vient après la première fermeture.");
        }

        return (string.Join(',', spans.Select(span => $"{Text(span.Opens)}-{Text(span.Closes)}")), null);
    }

    /// <summary>The rules of the week: days in a row with the same hours share one (<c>Mo-Fr</c>).</summary>
    private static List<string> Group(List<string> week)
    {
        var rules = new List<string>();
        for (var first = 0; first < week.Count; )
        {
            var last = first;
            while (last + 1 < week.Count && week[last + 1] == week[first])
            {
                last++;
            }

            if (week[first].Length > 0)
            {
                var days = OpeningHoursText.Codes[first] + (last > first ? "-" + OpeningHoursText.Codes[last] : "");
                rules.Add($"{days} {week[first]}");
            }

            first = last + 1;
        }

        return rules;
    }

    /// <summary>The days a rule names: <c>Mo-We,Fr</c> is Monday, Tuesday, Wednesday and Friday; <c>Sa-Mo</c> runs over
    /// the weekend.</summary>
    private static IEnumerable<string> DaysOf(string days) =>
        days.Split(',')
            .SelectMany(part =>
            {
                var ends = part.Split('-');
                var (from, to) = (
                    Array.IndexOf(OpeningHoursText.Codes, ends[0]),
                    Array.IndexOf(OpeningHoursText.Codes, ends[^1])
                );
                var count = ((to - from + 7) % 7) + 1;
                return Enumerable.Range(from, count).Select(day => OpeningHoursText.Codes[day % 7]);
            });

    private static (TimeOnly Opens, TimeOnly Closes)? Span(string span)
    {
        var ends = span.Split('-');
        return Time(ends[0]) is { } opens && Time(ends[1]) is { } closes && closes > opens ? (opens, closes) : null;
    }

    private static string Text(TimeOnly time) => time.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>A time as staff write it: <c>09:00</c>, <c>9:00</c>, <c>9 h</c>, <c>14h30</c>.</summary>
    private static TimeOnly? Time(string? text)
    {
        var match = WrittenTime().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["minutes"].Success
            ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture)
            : 0;
        return hours < 24 && minutes < 60 ? new TimeOnly(hours, minutes) : null;
    }

    [GeneratedRegex(@"^(?<hours>\d{1,2})(?:\s*[:hH]\s*(?<minutes>\d{2})?)?$")]
    private static partial Regex WrittenTime();
}
