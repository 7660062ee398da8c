using Microsoft.IdentityModel.JsonWebTokens;
using Network.DevIdentity.Authorization;
using Network.DevIdentity.Pages;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.State;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>GET|POST /realms/{realm}/protocol/openid-connect/logout</c>: Keycloak's RP-initiated logout. With an ID
/// token of the session (<c>id_token_hint</c>), the session ends at once; without one, the person confirms first.
/// A post-logout redirect URI the client does not allow gets an error page, and the session stays.
/// </summary>
internal static class LogoutEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        ClientRedirects redirects,
        SigningKey signingKey,
        SsoSessions sessions,
        ShortLivedStore<PendingLogout> pending
    )
    {
        var realmFile = store.Current;
        if (!string.Equals(realm, realmFile.Realm, StringComparison.Ordinal))
        {
            return RealmEndpoints.RealmNotFound();
        }

        var parameters = await AuthorizationParameters.ReadAsync(context.Request).ConfigureAwait(false);
        var (hint, clientId, postLogoutRedirectUri) = (
            parameters["id_token_hint"],
            parameters["client_id"],
            parameters["post_logout_redirect_uri"]
        );
        if (parameters["redirect_uri"] is not null)
        {
            // Keycloak dropped the legacy parameter: post_logout_redirect_uri replaces it.
            return MessagePages.Error("Paramètre invalide : redirect_uri.");
        }

        if (postLogoutRedirectUri is not null && hint is null && clientId is null)
        {
            return MessagePages.Error("Paramètre manquant : id_token_hint.");
        }

        // An expired ID token still names its session: people sign out long after they signed in.
        JsonWebToken? idToken = null;
        if (hint is not null)
        {
            idToken = await signingKey
                .ValidateAsync(hint, RealmIssuer.Of(context.Request, realm), audience: null, validateLifetime: false)
                .ConfigureAwait(false);
            if (idToken is null || idToken.StringClaim("typ") != "ID")
            {
                return MessagePages.Error("Session inactive.");
            }
        }

        var client = realmFile.FindClient(clientId ?? idToken?.StringClaim("azp") ?? "");
        if (clientId is not null && client is null)
        {
            return MessagePages.Error("Paramètre invalide : client_id.");
        }

        if (clientId is not null && idToken is not null && idToken.StringClaim("azp") != clientId)
        {
            return MessagePages.Error("Paramètre invalide : id_token_hint.");
        }

        var redirectUri =
            postLogoutRedirectUri is null || client is null
                ? null
                : redirects.VerifyPostLogoutRedirectUri(client, postLogoutRedirectUri);
        if (postLogoutRedirectUri is not null && redirectUri is null)
        {
            return MessagePages.Error(
                "L'adresse de retour après la déconnexion n'est pas autorisée pour cette application."
            );
        }

        var state = parameters["state"];
        if (idToken is null)
        {
            var sessionCode = pending.Add(
                new PendingLogout(BrowserCookies.BrowserId(context, realm), redirectUri, state),
                realmFile.LoginLifetime
            );
            return MessagePages.LogoutConfirmation(
                $"{context.Request.PathBase}/realms/{realm}/protocol/openid-connect/logout/logout-confirm",
                sessionCode
            );
        }

        return SignOut(
            context,
            realmFile,
            sessions,
            sessions.Find(idToken.StringClaim("sid"), realmFile),
            redirectUri,
            state
        );
    }

    /// <summary><c>POST …/logout/logout-confirm</c>: the confirmation, from the page shown to this browser
    /// only.</summary>
    public static async Task<IResult> ConfirmAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        SsoSessions sessions,
        ShortLivedStore<PendingLogout> pending
    )
    {
        var (realmFile, form) = await RealmEndpoints.ReadFormAsync(context, realm, store).ConfigureAwait(false);
        if (realmFile is null)
        {
            return RealmEndpoints.RealmNotFound();
        }

        var browserId = BrowserCookies.Read(context.Request, BrowserCookies.AuthSession);
        var logout = pending.Take(form["session_code"].ToString());
        if (browserId is null || logout is null || !Secrets.AreEqual(logout.BrowserId, browserId))
        {
            return MessagePages.Error(
                "Cette page de déconnexion a expiré. Retournez sur l'application pour vous déconnecter."
            );
        }

        return SignOut(context, realmFile, sessions, named: null, logout.RedirectUri, logout.State);
    }

    /// <summary>Ends the session the ID token named, or else the browser's, and forgets the browser's cookie.</summary>
    private static IResult SignOut(
        HttpContext context,
        RealmFile realm,
        SsoSessions sessions,
        SsoSession? named,
        string? redirectUri,
        string? state
    )
    {
        var session = named
            ?? sessions.FromCookie(BrowserCookies.Read(context.Request, BrowserCookies.Identity), realm);
        if (session is not null)
        {
            sessions.End(session);
        }

        BrowserCookies.Expire(context, realm.Realm, BrowserCookies.Identity);
        context.Response.Headers.CacheControl = "no-store";
        if (redirectUri is null)
        {
            return MessagePages.SignedOut();
        }

        return Results.Redirect(
            state is null
                ? redirectUri
                : AuthorizationResponses.WithQuery(redirectUri, [KeyValuePair.Create("state", state)])
        );
    }
}
