using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>GET|POST /realms/{realm}/protocol/openid-connect/userinfo</c>: for a valid access token granted with
/// <c>openid</c>, while its session is active, the claims of its user as they are now, as Keycloak answers them.
/// </summary>
internal static class UserInfoEndpoint
{
    /// <summary>Claims that describe the token rather than the user.</summary>
    private static readonly HashSet<string> TokenClaims = new(StringComparer.Ordinal)
    {
        "exp",
        "iat",
        "jti",
        "iss",
        "aud",
        "typ",
        "azp",
        "sid",
        "acr",
        "realm_access",
        "resource_access",
        "scope",
        "allowed-origins",
        "session_state",
        "auth_time",
        "nbf",
    };

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        SigningKey signingKey,
        SsoSessions sessions,
        TimeProvider time
    )
    {
        var realmFile = store.Current;
        if (!string.Equals(realm, realmFile.Realm, StringComparison.Ordinal))
        {
            return RealmEndpoints.RealmNotFound();
        }

        var presented = await BearerTokenAsync(context.Request).ConfigureAwait(false);
        if (presented is null)
        {
            return Challenge(context, realm, OAuthError.Unauthorized("invalid_request", "Token not provided"));
        }

        var token = await signingKey
            .ValidateAsync(presented, RealmIssuer.Of(context.Request, realm), audience: null)
            .ConfigureAwait(false);
        if (token is null || token.StringClaim("typ") != "Bearer")
        {
            return Challenge(context, realm, OAuthError.Unauthorized("invalid_token", "Token verification failed"));
        }

        var sessionId = token.StringClaim("sid");
        var session = sessionId is null ? null : sessions.Find(sessionId, realmFile);
        if (sessionId is not null && (session is null || !session.HasClient(token.StringClaim("azp") ?? "")))
        {
            return Challenge(
                context,
                realm,
                OAuthError.Unauthorized("invalid_token", "User session not found or doesn't have client attached on it")
            );
        }

        var scope = token.StringClaim("scope") ?? "";
        if (!scope.Split(' ').Contains("openid", StringComparer.Ordinal))
        {
            return new OAuthError(
                StatusCodes.Status403Forbidden,
                "insufficient_scope",
                "Missing openid scope"
            ).ToResult();
        }

        // The user as they are now, not as the token saw them: changes made since through the admin API show.
        var client = realmFile.FindClient(token.StringClaim("azp") ?? "");
        var user = client is null ? null : realmFile.UserOfToken(token.Subject, client);
        if (client is null || user is not { Enabled: true })
        {
            return Challenge(
                context,
                realm,
                OAuthError.Unauthorized("invalid_token", user is null ? "User not found" : "User disabled")
            );
        }

        var current = KeycloakTokenShape.AccessTokenPayload(
            TokenSubjects.For(realmFile, client, user, context.Connection.RemoteIpAddress?.ToString()),
            RealmIssuer.Of(context.Request, realm),
            client.ClientId,
            client.Audiences(),
            time.GetUtcNow(),
            TimeSpan.Zero,
            scope,
            sessionId
        );
        var claims = new JsonObject();
        foreach (var (name, value) in current.Where(claim => !TokenClaims.Contains(claim.Key)))
        {
            claims[name] = value?.DeepClone();
        }

        return Results.Json(claims);
    }

    /// <summary>The access token of the Authorization header, or of the form of a POST.</summary>
    private static async Task<string?> BearerTokenAsync(HttpRequest request)
    {
        if (BearerToken.FromHeader(request) is { } token)
        {
            return token;
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        return form.TryGetValue("access_token", out var posted) && !StringValues.IsNullOrEmpty(posted)
            ? posted.ToString()
            : null;
    }

    private static IResult Challenge(HttpContext context, string realm, OAuthError error)
    {
        context.Response.Headers.WWWAuthenticate =
            $"Bearer realm=\"{realm}\", error=\"{error.Error}\", error_description=\"{error.Description}\"";
        return error.ToResult();
    }
}
