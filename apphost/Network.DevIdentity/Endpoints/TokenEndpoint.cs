using System.Text.Json.Nodes;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>POST /realms/{realm}/protocol/openid-connect/token</c>: the password, client-credentials and
/// refresh-token grants, with Keycloak's checks in Keycloak's order and its responses, errors included.
/// </summary>
internal static class TokenEndpoint
{
    private const string InvalidUserCredentials = "Invalid user credentials";

    public static async Task<IResult> HandleAsync(HttpContext context, string realm, RealmStore store, TokenIssuer issuer, SigningKey signingKey)
    {
        var realmFile = store.Current;
        if (!string.Equals(realm, realmFile.Realm, StringComparison.Ordinal))
        {
            return RealmEndpoints.RealmNotFound();
        }

        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)
            : FormCollection.Empty;
        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return OAuthError.BadRequest("invalid_request", "Missing form parameter: grant_type").ToResult();
        }

        if (grantType is not ("password" or "client_credentials" or "refresh_token"))
        {
            return OAuthError.BadRequest("unsupported_grant_type", "Unsupported grant_type").ToResult();
        }

        var (client, clientError) = ClientAuthentication.Authenticate(context.Request, form, realmFile);
        if (client is null)
        {
            return clientError!.ToResult();
        }

        var grant = new Grant(context, realmFile, client, form, issuer);
        var (tokens, error) = grantType switch
        {
            "password" => grant.Password(),
            "client_credentials" => grant.ClientCredentials(),
            _ => await grant.RefreshAsync(signingKey).ConfigureAwait(false),
        };
        return tokens is null ? error!.ToResult() : Response(context, tokens);
    }

    /// <summary>Keycloak's <c>AccessTokenResponse</c>, never cached.</summary>
    private static IResult Response(HttpContext context, IssuedTokens tokens)
    {
        var body = new JsonObject
        {
            ["access_token"] = tokens.AccessToken,
            ["expires_in"] = Seconds(tokens.AccessTokenLifetime),
            ["refresh_expires_in"] = Seconds(tokens.RefreshTokenLifetime),
        };
        if (tokens.RefreshToken is not null)
        {
            body["refresh_token"] = tokens.RefreshToken;
        }

        body["token_type"] = "Bearer";
        if (tokens.IdToken is not null)
        {
            body["id_token"] = tokens.IdToken;
        }

        body["not-before-policy"] = 0;
        if (tokens.SessionId is not null)
        {
            body["session_state"] = tokens.SessionId;
        }

        body["scope"] = tokens.Scope;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return Results.Json(body);
    }

    private static long Seconds(TimeSpan span) => (long)span.TotalSeconds;

    /// <summary>One token request, once its client is authenticated.</summary>
    private sealed class Grant(HttpContext context, RealmFile realm, RealmClient client, IFormCollection form, TokenIssuer issuer)
    {
        private string Issuer => RealmIssuer.Of(context.Request, realm.Realm);

        private string? RemoteAddress => context.Connection.RemoteIpAddress?.ToString();

        /// <summary>Resource owner password credentials, as Keycloak's direct grant flow checks them.</summary>
        public (IssuedTokens?, OAuthError?) Password()
        {
            if (!client.DirectAccessGrantsEnabled)
            {
                return Refused(OAuthError.BadRequest("unauthorized_client", "Client not allowed for direct access grants"));
            }

            var username = form["username"].ToString();
            if (username.Length == 0)
            {
                return Refused(OAuthError.Unauthorized("invalid_request", "Missing parameter: username"));
            }

            var user = realm.FindUser(username);
            if (user is null)
            {
                // Compare anyway, so that an unknown user costs the time of a wrong password.
                _ = Secrets.AreEqual(username, form["password"].ToString());
                return Refused(OAuthError.BadRequest("invalid_grant", InvalidUserCredentials));
            }

            if (!user.Enabled)
            {
                return Refused(OAuthError.BadRequest("invalid_grant", "Account disabled"));
            }

            if (!user.HasPassword(form["password"].ToString()))
            {
                return Refused(OAuthError.Unauthorized("invalid_grant", InvalidUserCredentials));
            }

            if (!user.IsSetUp)
            {
                return Refused(OAuthError.BadRequest("invalid_grant", "Account is not fully set up"));
            }

            return Issued(user, sessionId: null, withRefreshToken: true, TokenIssuer.GrantedScope(form["scope"]));
        }

        /// <summary>The client's own service-account user.</summary>
        public (IssuedTokens?, OAuthError?) ClientCredentials()
        {
            if (client.PublicClient)
            {
                return Refused(OAuthError.Unauthorized("unauthorized_client", "Public client not allowed to retrieve service account"));
            }

            if (!client.ServiceAccountsEnabled)
            {
                return Refused(OAuthError.Unauthorized("unauthorized_client", "Client not enabled to retrieve service account"));
            }

            var user = realm.ServiceAccountOf(client);
            if (!user.Enabled)
            {
                return Refused(OAuthError.Unauthorized("invalid_request", $"User '{user.Username}' disabled"));
            }

            return Issued(user, sessionId: null, client.RefreshTokenForClientCredentials, TokenIssuer.GrantedScope(form["scope"]));
        }

        /// <summary>A new access token for the session and scope of a refresh token issued to this client.</summary>
        public async Task<(IssuedTokens?, OAuthError?)> RefreshAsync(SigningKey signingKey)
        {
            var presented = form["refresh_token"].ToString();
            if (presented.Length == 0)
            {
                return Refused(OAuthError.BadRequest("invalid_request", "No refresh token"));
            }

            var token = await signingKey.ValidateAsync(presented, Issuer, audience: Issuer).ConfigureAwait(false);
            if (token is null || !RefreshTokens.IsRefreshToken(token))
            {
                return Refused(OAuthError.BadRequest("invalid_grant", "Invalid refresh token"));
            }

            if (!string.Equals(token.StringClaim("azp"), client.ClientId, StringComparison.Ordinal))
            {
                return Refused(OAuthError.BadRequest("invalid_grant", "Invalid refresh token. Token client and authorized client don't match"));
            }

            // A service account the export does not list is made up afresh, with the same subject.
            var user = realm.FindBySubject(token.Subject)
                ?? (client.ServiceAccountsEnabled && realm.ServiceAccountOf(client) is var account
                    && string.Equals(account.SubjectIn(realm.Realm), token.Subject, StringComparison.Ordinal)
                        ? account
                        : null);
            if (user is null)
            {
                return Refused(OAuthError.BadRequest("invalid_grant", "Invalid refresh token"));
            }

            if (!user.Enabled)
            {
                return Refused(OAuthError.BadRequest("invalid_grant", "User disabled"));
            }

            var scope = token.StringClaim("scope") ?? TokenIssuer.GrantedScope(null);
            return Issued(user, token.StringClaim("sid"), withRefreshToken: true, scope);
        }

        private (IssuedTokens?, OAuthError?) Issued(RealmUser user, string? sessionId, bool withRefreshToken, string scope)
            => (issuer.Issue(realm, client, user, new TokenGrant(Issuer, scope, RemoteAddress, sessionId, withRefreshToken)), null);

        private static (IssuedTokens?, OAuthError?) Refused(OAuthError error) => (null, error);
    }
}
