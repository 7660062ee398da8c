namespace Network.Portal.Formatting;

/// <summary>
/// The figures as the pages write them: a count the activity service withholds (small-number suppression) reads
/// "moins de 5", never 0 nor a blank; a rate it cannot give says why.
/// </summary>
public static class FigureText
{
    public const string Withheld = "moins de 5";

    /// <summary>A rate or a median withheld because it would rest on too few people.</summary>
    public const string WithheldRate = "non affiché : trop peu de personnes";

    public static string Count(int? value) => value is { } count ? French.Number(count) : Withheld;

    /// <summary>"62 %"; when null, <paramref name="withheld"/> (its group is <paramref name="suppressed"/>) or
    /// <paramref name="withoutBasis"/>, what it would be computed over and is not there.</summary>
    public static string Rate(double? rate, bool suppressed, string withoutBasis, string withheld = WithheldRate) =>
        rate is { } fraction ? French.Percent(fraction)
        : suppressed ? withheld
        : withoutBasis;

    /// <summary>"36,5 heures", "1 heure".</summary>
    public static string Hours(double? hours, bool suppressed, string withoutBasis) =>
        hours is { } value ? $"{French.Number(value)} {French.Plural((int)Math.Floor(value), "heure", "heures")}"
        : suppressed ? WithheldRate
        : withoutBasis;

    /// <summary>"1 jour", "12 jours".</summary>
    public static string Days(int days) => $"{French.Number(days)} {French.Plural(days, "jour", "jours")}";
}
