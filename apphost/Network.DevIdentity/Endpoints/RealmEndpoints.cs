using System.Text.Json.Nodes;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>The realm's endpoints at Keycloak's paths, under <c>/realms/{realm}</c>.</summary>
internal static class RealmEndpoints
{
    public static void MapRealm(this IEndpointRouteBuilder endpoints)
    {
        var realm = endpoints.MapGroup("/realms/{realm}");
        realm.MapGet("/.well-known/openid-configuration", (HttpContext context, string realm, RealmStore store) =>
            Known(realm, store)
                ? Results.Json(KeycloakDocuments.Discovery(RealmIssuer.Of(context.Request, realm)))
                : RealmNotFound()
        );
        realm.MapGet("/protocol/openid-connect/certs", (string realm, RealmStore store, SigningKey signingKey) =>
            Known(realm, store) ? Results.Json(KeycloakDocuments.Jwks(signingKey.Key)) : RealmNotFound()
        );
        realm.MapPost("/protocol/openid-connect/token", TokenEndpoint.HandleAsync);
        realm.MapGet("/protocol/openid-connect/userinfo", UserInfoEndpoint.HandleAsync);
        realm.MapPost("/protocol/openid-connect/userinfo", UserInfoEndpoint.HandleAsync);
        realm.MapGet("/protocol/openid-connect/auth", AuthorizationEndpoint.HandleAsync);
        realm.MapPost("/protocol/openid-connect/auth", AuthorizationEndpoint.HandleAsync);
        realm.MapPost("/protocol/openid-connect/ext/par/request", PushedAuthorizationEndpoint.HandleAsync);
        realm.MapPost("/login-actions/authenticate", LoginActionsEndpoint.HandleAsync);
        realm.MapGet("/login-actions/action-token", ActionTokenEndpoint.ShowAsync);
        realm.MapPost("/login-actions/action-token", ActionTokenEndpoint.SubmitAsync);
        realm.MapGet("/protocol/openid-connect/logout", LogoutEndpoint.HandleAsync);
        realm.MapPost("/protocol/openid-connect/logout", LogoutEndpoint.HandleAsync);
        realm.MapPost("/protocol/openid-connect/logout/logout-confirm", LogoutEndpoint.ConfirmAsync);
    }

    /// <summary>A form post to the realm: the realm file (null when the path names another realm) and the form, empty
    /// when absent.</summary>
    public static async Task<(RealmFile? Realm, IFormCollection Form)> ReadFormAsync(
        HttpContext context,
        string realm,
        RealmStore store
    )
    {
        var realmFile = store.Current;
        if (!string.Equals(realm, realmFile.Realm, StringComparison.Ordinal))
        {
            return (null, FormCollection.Empty);
        }

        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false)
            : FormCollection.Empty;
        return (realmFile, form);
    }

    /// <summary>Keycloak's answer for a realm it does not have.</summary>
    public static IResult RealmNotFound() =>
        Results.Json(
            new JsonObject
            {
                ["error"] = "Realm does not exist",
                ["error_description"] = "For more on this error consult the server log.",
            },
            statusCode: StatusCodes.Status404NotFound
        );

    private static bool Known(string realm, RealmStore store) =>
        string.Equals(realm, store.Current.Realm, StringComparison.Ordinal);
}
