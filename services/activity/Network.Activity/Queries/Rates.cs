namespace Network.Activity.Queries;

/// <summary>Fractions between 0 and 1, rounded to four decimals; null when there is nothing to divide by.</summary>
internal static class Rates
{
    public static double? Of(int part, int whole) =>
        whole <= 0 ? null : Math.Round((double)part / whole, 4, MidpointRounding.AwayFromZero);

    public static double? Hours(double? hours) =>
        hours is { } value ? Math.Round(value, 2, MidpointRounding.AwayFromZero) : null;
}
