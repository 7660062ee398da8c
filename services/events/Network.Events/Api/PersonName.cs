using System.Text.RegularExpressions;

namespace Network.Events.Api;

/// <summary>
/// A first or last name as registrants type them, in any script: letters, spaces, apostrophes, hyphens and dots
/// ("Marie-Hélène", "N'Diaye", "J.-P."). The organiser reads it and notices greet the person with it, so it must
/// carry nothing else into an e-mail: no markup, no control character, no address to follow.
/// </summary>
internal static partial class PersonName
{
    public static bool IsValid(string name) =>
        Allowed().IsMatch(name) && name.Any(char.IsLetter) && !LooksLikeAddress().IsMatch(name);

    public const string FirstNameRule = "Le prénom" + Characters;

    public const string LastNameRule = "Le nom" + Characters;

    private const string Characters =
        " ne contient que des lettres, des espaces, des apostrophes, des traits d'union et des points.";

    [GeneratedRegex(@"^[\p{L}\p{M} '’\-.]+$")]
    private static partial Regex Allowed();

    // "www.example.fr" or "example.com": a dot between two runs of letters is how a host name looks, not a name
    // ("J.-P.", "St. Jean" keep a space or a hyphen after their dots).
    [GeneratedRegex(@"[\p{L}\p{M}]{2,}\.[\p{L}\p{M}]{2,}")]
    private static partial Regex LooksLikeAddress();
}
