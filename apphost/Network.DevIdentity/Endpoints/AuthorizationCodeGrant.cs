using Network.DevIdentity.Authorization;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// The exchange of an authorization code (Keycloak's <c>AuthorizationCodeGrantType</c>): checks in Keycloak's order,
/// errors in its words. The code is spent by the first attempt, even one that fails.
/// </summary>
internal static class AuthorizationCodeGrant
{
    private const string CodeNotValid = "Code not valid";

    public static (IssuedTokens? Tokens, OAuthError? Error) Handle(TokenRequest request, AuthorizationCodes codes)
    {
        var presented = request["code"];
        if (presented.Length == 0)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_request", "Missing parameter: code"));
        }

        var (code, replayed) = codes.Redeem(presented);
        if (code is null)
        {
            // A code used twice may have been stolen: the tokens its first use gave lose their session.
            if (replayed is not null)
            {
                request.Sessions.Find(replayed.SessionId, request.Realm)?.Detach(replayed.ClientId);
            }

            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", CodeNotValid));
        }

        var session = request.Sessions.Find(code.SessionId, request.Realm);
        if (session is null)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "User session not found"));
        }

        var user = request.Realm.FindBySubject(code.Subject);
        if (user is null)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "User not found"));
        }

        if (!user.Enabled)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "User disabled"));
        }

        if (
            code.RedirectUriParam is not null
            && !string.Equals(code.RedirectUriParam, request["redirect_uri"], StringComparison.Ordinal)
        )
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "Incorrect redirect_uri"));
        }

        if (!string.Equals(code.ClientId, request.Client.ClientId, StringComparison.Ordinal))
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "Auth error"));
        }

        if (!request.Client.StandardFlowEnabled)
        {
            return TokenRequest.Refused(
                OAuthError.BadRequest("unauthorized_client", "Client not allowed to exchange code")
            );
        }

        if (PkceProblem(code, request["code_verifier"]) is { } pkceError)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", pkceError));
        }

        return request.Issued(user, session, withRefreshToken: true, code.Scope, code.Nonce);
    }

    /// <summary>Keycloak's PKCE check of the verifier against the code's challenge; null when it passes or none was
    /// made.</summary>
    private static string? PkceProblem(AuthorizationCode code, string verifier)
    {
        if (code.CodeChallenge is null)
        {
            return null;
        }

        if (verifier.Length == 0)
        {
            return "PKCE code verifier not specified";
        }

        if (!Pkce.IsWellFormed(verifier))
        {
            return "Invalid code verifier";
        }

        return Pkce.Verifies(verifier, code.CodeChallenge, code.CodeChallengeMethod)
            ? null
            : "PKCE verification failed: Code mismatch";
    }
}
