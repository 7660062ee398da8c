using Network.DevIdentity.Authorization;
using Network.DevIdentity.Pages;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.State;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>GET|POST /realms/{realm}/protocol/openid-connect/auth</c>: the authorization code flow's front door. A
/// request that cannot be trusted with a redirect gets an error page; any other error goes back to the client.
/// </summary>
internal static class AuthorizationEndpoint
{
    /// <summary>What begins a <c>request_uri</c> given by the pushed authorization request endpoint.</summary>
    public const string PushedRequestPrefix = "urn:ietf:params:oauth:request_uri:";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        ClientRedirects redirects,
        ShortLivedStore<AuthorizationParameters> pushedRequests,
        BrowserSignIn signIn
    )
    {
        var realmFile = store.Current;
        if (!string.Equals(realm, realmFile.Realm, StringComparison.Ordinal))
        {
            return RealmEndpoints.RealmNotFound();
        }

        var parameters = await AuthorizationParameters.ReadAsync(context.Request).ConfigureAwait(false);
        var pushed = false;
        if (
            parameters["request_uri"] is { } requestUri
            && requestUri.StartsWith(PushedRequestPrefix, StringComparison.Ordinal)
        )
        {
            // A pushed request serves once, and only the client that pushed it.
            var stored = pushedRequests.Take(requestUri[PushedRequestPrefix.Length..]);
            if (
                stored is null
                || !string.Equals(stored["client_id"], parameters["client_id"], StringComparison.Ordinal)
            )
            {
                return MessagePages.Error(MessagePages.InvalidRequest);
            }

            (parameters, pushed) = (stored, true);
        }

        var outcome = AuthorizationChecks.Check(parameters, realmFile, redirects, pushed);
        if (outcome.ShowsPage)
        {
            return MessagePages.Error(outcome.PageMessage!);
        }

        return outcome.IsValid
            ? signIn.Begin(context, realmFile, outcome.Request!)
            : AuthorizationResponses.Error(
                outcome.Request!,
                RealmIssuer.Of(context.Request, realm),
                outcome.Error!,
                outcome.Description
            );
    }
}
