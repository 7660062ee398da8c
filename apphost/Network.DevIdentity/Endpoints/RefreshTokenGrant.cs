using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// A new access token for the session and scope of a refresh token issued to this client, while that session is
/// active and the client still part of it, with Keycloak's checks in Keycloak's order.
/// </summary>
internal static class RefreshTokenGrant
{
    private const string InvalidRefreshToken = "Invalid refresh token";

    public static async Task<(IssuedTokens? Tokens, OAuthError? Error)> HandleAsync(
        TokenRequest request,
        SigningKey signingKey
    )
    {
        var presented = request["refresh_token"];
        if (presented.Length == 0)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_request", "No refresh token"));
        }

        var token = await signingKey
            .ValidateAsync(presented, request.Issuer, audience: request.Issuer)
            .ConfigureAwait(false);
        if (token is null || !RefreshTokens.IsRefreshToken(token))
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", InvalidRefreshToken));
        }

        var client = request.Client;
        if (!string.Equals(token.StringClaim("azp"), client.ClientId, StringComparison.Ordinal))
        {
            return TokenRequest.Refused(
                OAuthError.BadRequest(
                    "invalid_grant",
                    "Invalid refresh token. Token client and authorized client don't match"
                )
            );
        }

        // Service accounts have no session; everyone else's refresh tokens live only as long as theirs.
        var sessionId = token.StringClaim("sid");
        var session = sessionId is null ? null : request.Sessions.Find(sessionId, request.Realm);
        if (sessionId is not null && session is null)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "Session not active"));
        }

        var user = request.Realm.UserOfToken(token.Subject, client);
        if (user is null)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", InvalidRefreshToken));
        }

        if (!user.Enabled)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "User disabled"));
        }

        if (session is not null && !session.HasClient(client.ClientId))
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "Session doesn't have required client"));
        }

        var scope = token.StringClaim("scope") ?? TokenIssuer.GrantedScope(null);
        return request.Issued(user, session, withRefreshToken: true, scope);
    }
}
