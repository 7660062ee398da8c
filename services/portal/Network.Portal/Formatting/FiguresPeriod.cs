using System.Globalization;
using Network.Portal.Api;
using Network.Portal.Forms;

namespace Network.Portal.Formatting;

/// <summary>
/// The period of the figures as a person picks it (this month, this quarter, this year, the last twelve months, or
/// between two dates): whole days in Paris, the last one included, as the activity API counts a commune's or a
/// structure's figures.
/// </summary>
public sealed record FiguresPeriod(DateOnly From, DateOnly To)
{
    public const string Dates = "dates";

    public const string Default = "12-derniers-mois";

    /// <summary>The longest period: its months stay within the series' 260 buckets.</summary>
    public const int MostYears = 20;

    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    /// <summary>Up to three months, the series go week by week; beyond, month by month.</summary>
    private const int MostDaysByWeek = 92;

    public static readonly IReadOnlyList<CodeLabel> Choices =
    [
        new("ce-mois-ci", "Ce mois-ci"),
        new("ce-trimestre", "Ce trimestre"),
        new("cette-annee", "Cette année"),
        new(Default, "Les 12 derniers mois"),
        new(Dates, "Entre deux dates"),
    ];

    /// <summary>The choice the address makes: <c>periode</c>, else the two dates when one is given, else the
    /// default.</summary>
    public static string ChoiceOf(string? periode, string? du, string? au) =>
        !string.IsNullOrWhiteSpace(periode) ? periode.Trim()
        : string.IsNullOrWhiteSpace(du) && string.IsNullOrWhiteSpace(au) ? Default
        : Dates;

    /// <summary>The period the address names, or what is wrong with it, under the API's names of the fields
    /// (<c>periode</c>, <c>from</c>, <c>to</c>), so that the page shows its own problems and the API's alike.</summary>
    public static (FiguresPeriod? Period, IReadOnlyList<(string Field, string Message)> Errors) Read(
        string? periode,
        string? du,
        string? au,
        DateOnly today
    )
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return ChoiceOf(periode, du, au) switch
        {
            "ce-mois-ci" => (Months(month, 1), []),
            "ce-trimestre" => (Months(quarter, 3), []),
            "cette-annee" => (Months(year, 12), []),
            Default => (Months(month.AddMonths(-11), 12), []),
            Dates => Between(du, au),
            _ => (null, [("periode", "Choisissez une des périodes proposées.")]),
        };
    }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The buckets of the period's series, as the API names them: <c>week</c> or <c>month</c>.</summary>
    public string Granularity => Days <= MostDaysByWeek ? "week" : "month";

    /// <summary>"du 1er au 31 mars 2026", "du 1er décembre 2025 au 28 février 2026", "le 10 mars 2026".</summary>
    public string Text =>
        From == To ? $"le {DayMonthYear(To)}"
        : From.Year != To.Year ? $"du {DayMonthYear(From)} au {DayMonthYear(To)}"
        : From.Month != To.Month ? $"du {French.DayNumber(From)} {MonthOf(From)} au {DayMonthYear(To)}"
        : $"du {French.DayNumber(From)} au {DayMonthYear(To)}";

    /// <summary>The name of the period's CSV file: "activite-du-reseau-2026-01-01-au-2026-03-31.csv".</summary>
    public string FileName => $"activite-du-reseau-{DateFields.Value(From)}-au-{DateFields.Value(To)}.csv";

    public ActivityQuery ToQuery(string? commune = null, Guid? partnerId = null) => new(From, To, commune, partnerId);

    private static FiguresPeriod Months(DateOnly first, int count) => new(first, first.AddMonths(count).AddDays(-1));

    private static (FiguresPeriod?, IReadOnlyList<(string Field, string Message)>) Between(string? du, string? au)
    {
        var errors = new List<(string Field, string Message)>();
        var from = Day(du, "from", "Indiquez le premier jour de la période.", errors);
        var to = Day(au, "to", "Indiquez le dernier jour de la période.", errors);
        if (from is { } first && to is { } last)
        {
            if (last < first)
            {
                errors.Add(("to", "Choisissez un dernier jour qui vient après le premier."));
            }
            else if (last >= first.AddYears(MostYears))
            {
                errors.Add(("to", $"Choisissez une période de {MostYears} ans au plus."));
            }
        }

        return errors.Count > 0 ? (null, errors) : (new FiguresPeriod(from!.Value, to!.Value), []);
    }

    private static DateOnly? Day(
        string? value,
        string field,
        string missing,
        List<(string Field, string Message)> errors
    )
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add((field, missing));
            return null;
        }

        if (DateFields.Day(value) is not { } day)
        {
            errors.Add((field, "Indiquez une date complète : le jour, le mois et l'année, par exemple 01/03/2026."));
            return null;
        }

        if (day.Year is < FirstYear or > LastYear)
        {
            errors.Add((field, $"Choisissez une date entre {FirstYear} et {LastYear}."));
            return null;
        }

        return day;
    }

    private static string MonthOf(DateOnly day) => day.ToString("MMMM", French.Culture);

    private static string DayMonthYear(DateOnly day) =>
        $"{French.DayNumber(day)} {MonthOf(day)} {day.Year.ToString(CultureInfo.InvariantCulture)}";
}
