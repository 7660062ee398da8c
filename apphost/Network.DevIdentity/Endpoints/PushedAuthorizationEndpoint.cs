using System.Text.Json.Nodes;
using Network.DevIdentity.Authorization;
using Network.DevIdentity.Realm;
using Network.DevIdentity.State;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>POST /realms/{realm}/protocol/openid-connect/ext/par/request</c>: Keycloak's pushed authorization requests
/// (RFC 9126). The client authenticates, the request is checked as at the authorization endpoint but answered in
/// JSON, and the browser then brings only its <c>request_uri</c>. ASP.NET Core's OpenID Connect handler uses it
/// whenever discovery lists it, as it does with Keycloak.
/// </summary>
internal static class PushedAuthorizationEndpoint
{
    /// <summary>Keycloak's default <c>parRequestUriLifespan</c>.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        ClientRedirects redirects,
        ShortLivedStore<AuthorizationParameters> pushedRequests
    )
    {
        var (realmFile, form) = await RealmEndpoints.ReadFormAsync(context, realm, store).ConfigureAwait(false);
        if (realmFile is null)
        {
            return RealmEndpoints.RealmNotFound();
        }

        var (client, clientError) = ClientAuthentication.Authenticate(context.Request, form, realmFile);
        if (client is null)
        {
            return clientError!.ToResult();
        }

        if (form.ContainsKey("request_uri"))
        {
            return OAuthError
                .BadRequest("invalid_request", "It is not allowed to include request_uri to PAR.")
                .ToResult();
        }

        // The client may have authenticated with HTTP Basic and sent no client_id of its own.
        var parameters = new AuthorizationParameters(form.Where(field => field.Key != "client_secret")).With(
            "client_id",
            client.ClientId
        );
        var outcome = AuthorizationChecks.Check(parameters, realmFile, redirects, pushed: true);
        if (!outcome.IsValid)
        {
            return OAuthError.BadRequest(outcome.Error!, outcome.Description).ToResult();
        }

        var id = pushedRequests.Add(parameters, Lifetime);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(
            new JsonObject
            {
                ["request_uri"] = AuthorizationEndpoint.PushedRequestPrefix + id,
                ["expires_in"] = (int)Lifetime.TotalSeconds,
            },
            statusCode: StatusCodes.Status201Created
        );
    }
}
