using Network.DevIdentity.Realm;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>Resource owner password credentials, as Keycloak's direct grant flow checks them; each grant opens a
/// session.</summary>
internal static class PasswordGrant
{
    private const string InvalidUserCredentials = "Invalid user credentials";

    public static (IssuedTokens? Tokens, OAuthError? Error) Handle(TokenRequest request)
    {
        if (!request.Client.DirectAccessGrantsEnabled)
        {
            return TokenRequest.Refused(
                OAuthError.BadRequest("unauthorized_client", "Client not allowed for direct access grants")
            );
        }

        var username = request["username"];
        if (username.Length == 0)
        {
            return TokenRequest.Refused(OAuthError.Unauthorized("invalid_request", "Missing parameter: username"));
        }

        var user = request.Realm.FindUser(username);
        if (user is null)
        {
            // Compare anyway, so that an unknown user costs the time of a wrong password.
            _ = Secrets.AreEqual(username, request["password"]);
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", InvalidUserCredentials));
        }

        if (!user.Enabled)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "Account disabled"));
        }

        if (!user.HasPassword(request["password"]))
        {
            return TokenRequest.Refused(OAuthError.Unauthorized("invalid_grant", InvalidUserCredentials));
        }

        if (!user.IsSetUp)
        {
            return TokenRequest.Refused(OAuthError.BadRequest("invalid_grant", "Account is not fully set up"));
        }

        var session = request.Sessions.Start(
            user.SubjectIn(request.Realm.Realm),
            request.Client.ClientId,
            request.Realm
        );
        return request.Issued(user, session, withRefreshToken: true, TokenIssuer.GrantedScope(request["scope"]));
    }
}
