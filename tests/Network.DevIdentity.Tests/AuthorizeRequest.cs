using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tests;

/// <summary>
/// An authorization request as ASP.NET Core's OpenID Connect handler sends it for the portal: code, PKCE S256, a
/// state and a nonce. A parameter set to null is left out.
/// </summary>
/// <param name="Verifier">The PKCE code verifier, kept for the token request.</param>
public sealed record AuthorizeRequest(string Verifier)
{
    public string? ClientId { get; init; } = TestRealm.PortalClient;

    public string? RedirectUri { get; init; } = TestRealm.PortalRedirectUri;

    public string? ResponseType { get; init; } = "code";

    public string? ResponseMode { get; init; }

    public string? Scope { get; init; } = "openid profile email";

    public string? State { get; init; } = Random();

    public string? Nonce { get; init; } = Random();

    public string? CodeChallenge { get; init; } = Challenge(Verifier);

    public string? CodeChallengeMethod { get; init; } = "S256";

    public string? Prompt { get; init; }

    public string? MaxAge { get; init; }

    /// <summary>A request of the portal with a new verifier, state and nonce.</summary>
    public static AuthorizeRequest ForPortal() => new(Random() + Random());

    /// <summary>The same request from the other code-flow client, whose redirect URIs differ.</summary>
    public AuthorizeRequest ForOtherClient() =>
        this with
        {
            ClientId = TestRealm.OtherClient,
            RedirectUri = TestRealm.OtherRedirectUri,
        };

    public static string Challenge(string verifier) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public IEnumerable<KeyValuePair<string, string>> Parameters() =>
        new (string Name, string? Value)[]
        {
            ("client_id", ClientId),
            ("redirect_uri", RedirectUri),
            ("response_type", ResponseType),
            ("response_mode", ResponseMode),
            ("scope", Scope),
            ("state", State),
            ("nonce", Nonce),
            ("code_challenge", CodeChallenge),
            ("code_challenge_method", CodeChallengeMethod),
            ("prompt", Prompt),
            ("max_age", MaxAge),
        }
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => KeyValuePair.Create(parameter.Name, parameter.Value!));

    /// <summary>The authorization endpoint's address with this request in its query.</summary>
    public Uri Uri() =>
        new(
            QueryHelpers.AddQueryString(
                DevIdentityFactory.AuthorizationPath,
                Parameters().Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value))
            ),
            UriKind.Relative
        );

    /// <summary>43 characters of the PKCE alphabet, unguessable.</summary>
    private static string Random() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
}
