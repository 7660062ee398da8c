using System.Globalization;
using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>
/// The series of the figures as the pages name them: each metric the charts follow (the activity service has no
/// labels for them), each week or month, and what a chart shows, in a sentence for those who do not see it.
/// </summary>
public static class SeriesWords
{
    /// <summary>The metrics the pages draw, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> Metrics =
    [
        "events-published",
        "registrations",
        "referrals-sent",
        "loans",
    ];

    /// <param name="ownStructure">One structure's figures: its referrals are those it sent and those it
    /// received.</param>
    public static string Label(string metric, bool ownStructure) =>
        metric switch
        {
            "events-published" => "Ateliers publiés",
            "registrations" => "Inscriptions",
            "referrals-sent" => ownStructure ? "Orientations envoyées ou reçues" : "Orientations envoyées",
            "loans" => "Prêts de matériel",
            _ => metric,
        };

    /// <summary>"par semaine", "par mois".</summary>
    public static string Per(string granularity) => granularity == "week" ? "par semaine" : "par mois";

    /// <summary>The header of the buckets' column: "Semaine", "Mois".</summary>
    public static string BucketName(string granularity) => granularity == "week" ? "Semaine" : "Mois";

    /// <summary>"semaine du 6 mars 2026", "mars 2026".</summary>
    public static string Bucket(DateTimeOffset start, string granularity)
    {
        var day = Day(start);
        var month = $"{day.ToString("MMMM", French.Culture)} {Year(day)}";
        return granularity == "week" ? $"semaine du {French.DayNumber(day)} {month}" : month;
    }

    /// <summary>The label under a bar, in two lines at most: "6 mars", or "mars" with the year under the first month
    /// and under January.</summary>
    public static (string Line, string? Year) Tick(DateTimeOffset start, string granularity, bool first)
    {
        var day = Day(start);
        return granularity == "week"
            ? ($"{French.DayNumber(day)} {day.ToString("MMM", French.Culture)}", null)
            : (day.ToString("MMM", French.Culture), first || day.Month == 1 ? Year(day) : null);
    }

    /// <summary>What the chart shows, for the SVG's description: its highest value, its withheld ones, or that all is
    /// at 0.</summary>
    public static string Describe(IReadOnlyList<SeriesPoint> points, string granularity, string period)
    {
        ArgumentNullException.ThrowIfNull(points);
        var sentences = new List<string> { $"{French.Capitalised(Per(granularity))}, {period}." };
        var withheld = points.Count(point => point.Value is null);
        var highest = points.Where(point => point.Value is > 0).MaxBy(point => point.Value);
        if (withheld == points.Count && withheld > 0)
        {
            sentences.Add($"Toutes les valeurs sont masquées ({FigureText.Withheld}).");
        }
        else if (highest is null)
        {
            sentences.Add(withheld == 0 ? "0 sur toute la période." : "Aucune valeur affichée au-dessus de 0.");
        }
        else
        {
            sentences.Add(
                $"Le plus haut : {French.Number(highest.Value!.Value)}, {Bucket(highest.Start, granularity)}."
            );
        }

        if (withheld > 0 && withheld < points.Count)
        {
            var buckets =
                granularity == "week"
                    ? French.Plural(withheld, "semaine masquée", "semaines masquées")
                    : $"mois {French.Plural(withheld, "masqué", "masqués")}";
            sentences.Add($"{withheld} {buckets} ({FigureText.Withheld}).");
        }

        sentences.Add("Les chiffres sont dans le tableau qui suit.");
        return string.Join(' ', sentences);
    }

    private static DateOnly Day(DateTimeOffset start) => DateOnly.FromDateTime(start.DateTime);

    private static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);
}
