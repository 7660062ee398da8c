using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Authorization;

/// <summary>Proof Key for Code Exchange (RFC 7636), checked as Keycloak's <c>PkceUtils</c> checks it.</summary>
internal static class Pkce
{
    public const string S256 = "S256";
    public const string Plain = "plain";

    private const int MinLength = 43;
    private const int MaxLength = 128;

    /// <summary>Whether a challenge or a verifier has RFC 7636's length and alphabet.</summary>
    public static bool IsWellFormed(string value) =>
        value.Length is >= MinLength and <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');

    /// <summary>
    /// What is wrong with the challenge of an authorization request, in Keycloak's words; null when nothing is.
    /// A client whose <c>pkce.code.challenge.method</c> is set must send a challenge by that method.
    /// </summary>
    public static string? RequestProblem(RealmClient client, string? challenge, string? method)
    {
        string? problem;
        if (client.PkceCodeChallengeMethod is { } required)
        {
            problem =
                method is null ? "Missing parameter: code_challenge_method"
                : method != required ? "Invalid parameter: code challenge method is not configured one"
                : challenge is null ? "Missing parameter: code_challenge"
                : null;
        }
        else
        {
            // Where Keycloak would take plain, or no method (which means plain), DevIdentity knows S256 only.
            problem =
                challenge is null ? (method is null ? null : "Missing parameter: code_challenge")
                : method != S256 ? "Invalid parameter: code_challenge_method"
                : null;
        }

        return problem is null && challenge is not null && !IsWellFormed(challenge)
            ? "Invalid parameter: code_challenge"
            : problem;
    }

    /// <summary>Whether <paramref name="verifier"/> is the secret behind <paramref name="challenge"/>.</summary>
    public static bool Verifies(string verifier, string challenge, string? method)
    {
        var expected =
            method == S256 ? Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) : verifier;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected),
            Encoding.ASCII.GetBytes(challenge)
        );
    }
}
