using System.Text.RegularExpressions;

namespace Network.Partners.Validation;

/// <summary>
/// Phone numbers as partners type them ("04 93 00 11 00", "+33 4.93.00.11.00", "0590 12 34 56") normalised
/// to E.164, in the forms the national standard accepts: France and its overseas territories.
/// </summary>
public static partial class FrenchPhone
{
    // Overseas numbers dialled nationally: their prefix tells the country code.
    private static readonly (string National, string CountryCode)[] Overseas =
    [
        ("0590", "+590"),
        ("0690", "+590"),
        ("0594", "+594"),
        ("0694", "+594"),
        ("0262", "+262"),
        ("0692", "+262"),
        ("0693", "+262"),
        ("0269", "+262"),
        ("0639", "+262"),
        ("0596", "+596"),
        ("0696", "+596"),
    ];

    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(input) || Separators().Replace(input, "") is not { Length: > 0 } compact)
        {
            return false;
        }

        if (compact.StartsWith("00", StringComparison.Ordinal))
        {
            compact = $"+{compact[2..]}";
        }
        else if (compact is ['0', ..] && compact.Length == 10)
        {
            var overseas = Overseas.FirstOrDefault(prefix =>
                compact.StartsWith(prefix.National, StringComparison.Ordinal)
            );
            compact = overseas.CountryCode is { } code ? $"{code}{compact[1..]}" : $"+33{compact[1..]}";
        }

        if (compact.StartsWith("+330", StringComparison.Ordinal))
        {
            compact = $"+33{compact[4..]}";
        }

        if (!StandardPattern().IsMatch(compact))
        {
            return false;
        }

        normalized = compact;
        return true;
    }

    [GeneratedRegex(@"[\s.\-()/]")]
    private static partial Regex Separators();

    /// <summary>The pattern of the standard's <c>telephone</c> field.</summary>
    [GeneratedRegex(@"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$")]
    private static partial Regex StandardPattern();
}
