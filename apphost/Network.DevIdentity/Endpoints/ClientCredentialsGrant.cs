using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>The client's own service-account user: no session, and a refresh token only when the client asks for
/// one.</summary>
internal static class ClientCredentialsGrant
{
    public static (IssuedTokens? Tokens, OAuthError? Error) Handle(TokenRequest request)
    {
        var client = request.Client;
        if (client.PublicClient)
        {
            return TokenRequest.Refused(
                OAuthError.Unauthorized("unauthorized_client", "Public client not allowed to retrieve service account")
            );
        }

        if (!client.ServiceAccountsEnabled)
        {
            return TokenRequest.Refused(
                OAuthError.Unauthorized("unauthorized_client", "Client not enabled to retrieve service account")
            );
        }

        var user = request.Realm.ServiceAccountOf(client);
        if (!user.Enabled)
        {
            return TokenRequest.Refused(OAuthError.Unauthorized("invalid_request", $"User '{user.Username}' disabled"));
        }

        return request.Issued(
            user,
            session: null,
            client.RefreshTokenForClientCredentials,
            TokenIssuer.GrantedScope(request["scope"])
        );
    }
}
