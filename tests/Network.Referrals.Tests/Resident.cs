using System.Text.RegularExpressions;

namespace Network.Referrals.Tests;

/// <summary>The resident the tests refer, and a way to find any of their personal data in a text.</summary>
public static partial class Resident
{
    public const string FirstName = "Yasmina";
    public const string LastName = "Kerbouche";
    public const string Phone = "0612345678";
    public const string Email = "yasmina.kerbouche@example.org";
    public const int BirthYear = 1947;
    public const string Note = "Vit seule, malentendante, appeler sa fille Nadia";
    public const string Comment = "Rendez-vous pris avec sa fille Nadia";
    public const string Outcome = "Dossier CAF déposé, identifiant retenu par Nadia";

    /// <summary>The pieces of personal data and free text that must never leave the service in clear.</summary>
    public static readonly string[] Secrets =
    [
        FirstName,
        LastName,
        Phone,
        "612345678",
        Email,
        "Nadia",
        "malentendante",
    ];

    /// <summary>The personal data found in <paramref name="text"/>: names, contacts, free text, or the birth year as a
    /// number of its own.</summary>
    public static IReadOnlyList<string> FoundIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Secrets.Where(secret => text.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
        if (BirthYearPattern().IsMatch(text))
        {
            found.Add(BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return found;
    }

    [GeneratedRegex("(?<![0-9A-Za-z])1947(?![0-9A-Za-z])")]
    private static partial Regex BirthYearPattern();
}
