namespace Network.DevIdentity.Tokens;

/// <summary>The circumstances of one grant that shape its tokens.</summary>
/// <param name="Issuer">The realm's issuer as the caller reached it.</param>
/// <param name="Scope">The granted scope (see <see cref="TokenIssuer.GrantedScope"/>).</param>
/// <param name="RemoteAddress">The caller's address, for a service account's <c>clientHost</c>.</param>
/// <param name="SessionId">The session a refreshed token continues; null for a new one.</param>
/// <param name="WithRefreshToken">Whether the response carries a refresh token.</param>
/// <param name="Nonce">The authorization request's <c>nonce</c>, for the ID token of a code exchange.</param>
internal sealed record TokenGrant(
    string Issuer,
    string Scope,
    string? RemoteAddress,
    string? SessionId,
    bool WithRefreshToken,
    string? Nonce = null
);
