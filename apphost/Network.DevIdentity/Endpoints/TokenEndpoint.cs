using System.Text.Json.Nodes;
using Network.DevIdentity.Authorization;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>POST /realms/{realm}/protocol/openid-connect/token</c>: the authorization code, password, client-credentials
/// and refresh-token grants, with Keycloak's checks in Keycloak's order and its responses, errors included.
/// </summary>
internal static class TokenEndpoint
{
    private static readonly string[] GrantTypes =
    [
        "authorization_code",
        "password",
        "client_credentials",
        "refresh_token",
    ];

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        TokenIssuer issuer,
        SigningKey signingKey,
        SsoSessions sessions,
        AuthorizationCodes codes,
        TimeProvider time
    )
    {
        var (realmFile, form) = await RealmEndpoints.ReadFormAsync(context, realm, store).ConfigureAwait(false);
        if (realmFile is null)
        {
            return RealmEndpoints.RealmNotFound();
        }

        var grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return OAuthError.BadRequest("invalid_request", "Missing form parameter: grant_type").ToResult();
        }

        if (!GrantTypes.Contains(grantType, StringComparer.Ordinal))
        {
            return OAuthError.BadRequest("unsupported_grant_type", "Unsupported grant_type").ToResult();
        }

        var (client, clientError) = ClientAuthentication.Authenticate(context.Request, form, realmFile);
        if (client is null)
        {
            return clientError!.ToResult();
        }

        var request = new TokenRequest(context, realmFile, client, form, issuer, sessions, time);
        var (tokens, error) = grantType switch
        {
            "authorization_code" => AuthorizationCodeGrant.Handle(request, codes),
            "password" => PasswordGrant.Handle(request),
            "client_credentials" => ClientCredentialsGrant.Handle(request),
            _ => await RefreshTokenGrant.HandleAsync(request, signingKey).ConfigureAwait(false),
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
}
