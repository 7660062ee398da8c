namespace Network.DevIdentity.Authorization;

/// <summary>What an authorization code stands for, bound to everything the token request must match.</summary>
/// <param name="ClientId">The client it was issued to.</param>
/// <param name="RedirectUriParam">The <c>redirect_uri</c> of the authorization request, as sent.</param>
/// <param name="SessionId">The SSO session, which becomes the tokens' <c>sid</c>.</param>
/// <param name="Subject">The user's subject.</param>
/// <param name="Scope">The granted scope.</param>
/// <param name="Nonce">The <c>nonce</c> the ID token must carry.</param>
/// <param name="CodeChallenge">The PKCE challenge, if any.</param>
/// <param name="CodeChallengeMethod">Its method.</param>
/// <param name="ExpiresAt">The instant after which the code is worthless.</param>
internal sealed record AuthorizationCode(
    string ClientId,
    string? RedirectUriParam,
    string SessionId,
    string Subject,
    string Scope,
    string? Nonce,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    DateTimeOffset ExpiresAt
);
