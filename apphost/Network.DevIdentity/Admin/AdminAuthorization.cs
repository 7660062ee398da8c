using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Network.DevIdentity.Endpoints;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Admin;

/// <summary>
/// Keycloak's admin API checks, in its order: a bearer access token of this realm, still valid (signature, issuer,
/// expiry, and the session it names), else 401; the realm of the path, else 404; a role of <c>realm-management</c>
/// that the endpoint needs among the token's, else 403.
/// </summary>
internal sealed class AdminAuthorization(RealmStore store, SigningKey signingKey, SsoSessions sessions)
    : IEndpointFilter
{
    private const string CallerRolesKey = "Network.DevIdentity.Admin.CallerRoles";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var realm = store.Current;
        var token = await ValidTokenAsync(http.Request, realm).ConfigureAwait(false);
        if (token is null)
        {
            return AdminErrors.Unauthorized(http);
        }

        if (!string.Equals(http.GetRouteValue("realm") as string, realm.Realm, StringComparison.Ordinal))
        {
            return AdminErrors.RealmNotFound();
        }

        var roles = RealmManagementRoles(token);
        var needed = http.GetEndpoint()?.Metadata.GetMetadata<AdminRoles>()
            ?? (HttpMethods.IsGet(http.Request.Method) ? AdminRoles.UserReaders : AdminRoles.UserManagers);
        if (!needed.AreHeldBy(roles))
        {
            return AdminErrors.Forbidden();
        }

        http.Items[CallerRolesKey] = roles;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The caller's roles of <c>realm-management</c>, once the request passed the checks.</summary>
    public static IReadOnlySet<string> CallerRoles(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (IReadOnlySet<string>)context.Items[CallerRolesKey]!;
    }

    private async Task<JsonWebToken?> ValidTokenAsync(HttpRequest request, RealmFile realm)
    {
        if (BearerToken.FromHeader(request) is not { } presented)
        {
            return null;
        }

        var token = await signingKey
            .ValidateAsync(presented, RealmIssuer.Of(request, realm.Realm), audience: null)
            .ConfigureAwait(false);
        return
            token is not null
            && token.StringClaim("typ") == "Bearer"
            && (token.StringClaim("sid") is not { } sid || sessions.Find(sid, realm) is not null)
            ? token
            : null;
    }

    private static HashSet<string> RealmManagementRoles(JsonWebToken token) =>
        token.Payload()["resource_access"]?[AdminRoles.Client]?["roles"] is JsonArray roles
            ? roles.Select(role => role?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
}
