using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Network.Resilience.Tests.PersonalData;

/// <summary>What kind of personal data an identifier is.</summary>
public enum IdentifierKind
{
    FirstName,
    LastName,
    Email,
    Phone,
    BirthYear,
}

/// <summary>A pattern that finds one identifier of one resident in any text.</summary>
public sealed record Identifier(Resident Resident, IdentifierKind Kind, Regex Pattern);

/// <summary>
/// A resident whose every identifier is unique to this run and recognisable: a first and a last name ending with
/// random letters, a phone number of random digits, an e-mail address of random letters and a birth year. A birth
/// year of the 1930s is rarer in dates than a recent one, yet a bare year is not an identifier on its own.
/// </summary>
public sealed record Resident(
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    int BirthYear,
    string Commune
)
{
    private static readonly string[] GivenNames =
    [
        "Zéphyrine",
        "Barnabé",
        "Philomène",
        "Hippolyte",
        "Eulalie",
        "Anatole",
        "Clotilde",
        "Séraphin",
    ];
    private static readonly string[] FamilyNames =
    [
        "Quaglioni",
        "Ferrandière",
        "Castagnoli",
        "Lebœuf",
        "Ottaviani",
        "Brégançon",
    ];

    public static Resident Random(string commune)
    {
        var digits = string.Concat(
            Enumerable
                .Range(0, 8)
                .Select(_ => RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture))
        );
        return new Resident(
            $"{GivenNames[RandomNumberGenerator.GetInt32(GivenNames.Length)]}-{Capitalised(Letters(8))}",
            $"{FamilyNames[RandomNumberGenerator.GetInt32(FamilyNames.Length)]}-{Capitalised(Letters(8))}",
            $"{Letters(10)}@exemple.fr",
            $"06 {digits[..2]} {digits[2..4]} {digits[4..6]} {digits[6..]}",
            1925 + RandomNumberGenerator.GetInt32(20),
            commune
        );
    }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The phone without spaces, as the services store it.</summary>
    public string PhoneDigits => Phone.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// The patterns of this resident's identifiers. Names and e-mail are also found by their random part alone, so
    /// that an escaped accent (<c>Z\u00e9phyrine</c>) or an encoded at-sign hides nothing. The phone is found with or
    /// without separators, as <c>06…</c>, <c>+33 6…</c> or <c>0033 6…</c>, URL-encoded or not. The birth year is
    /// found only next to a word about birth: elsewhere a bare year is a date like any other.
    /// </summary>
    public IReadOnlyList<Identifier> Identifiers()
    {
        var separator = @"(?:[\s.\-+]|%20)?";
        var national = PhoneDigits[1..];
        var phone =
            $@"(?<![0-9])(?:(?:\+|%2B|00)?33{separator}|0)?{national[0]}{separator}"
            + string.Join(separator, Enumerable.Range(0, 4).Select(pair => national.Substring(1 + (pair * 2), 2)))
            + "(?![0-9])";
        var year = BirthYear.ToString(CultureInfo.InvariantCulture);
        var birthWord = @"(?:birth|naissance|\bnée?\b|n\\u00e9e?\b|born|\bage\b|\\u00e2ge|âge)";
        return
        [
            new(this, IdentifierKind.FirstName, Literal(FirstName, RandomPart(FirstName))),
            new(this, IdentifierKind.LastName, Literal(LastName, RandomPart(LastName))),
            new(this, IdentifierKind.Email, Literal(Email, Email.Split('@')[0])),
            new(this, IdentifierKind.Phone, new Regex(phone, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
            new(
                this,
                IdentifierKind.BirthYear,
                new Regex(
                    $@"{birthWord}[^\r\n]{{0,60}}(?<![0-9]){year}(?![0-9])"
                        + $@"|(?<![0-9]){year}(?![0-9])[^\r\n]{{0,30}}{birthWord}",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
                )
            ),
        ];
    }

    private static Regex Literal(params string[] texts) =>
        new(string.Join('|', texts.Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string RandomPart(string name) => name[(name.LastIndexOf('-') + 1)..];

    private static string Letters(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => (char)('a' + RandomNumberGenerator.GetInt32(26))));

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
