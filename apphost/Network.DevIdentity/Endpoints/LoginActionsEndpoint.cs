using Network.DevIdentity.Pages;
using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.State;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>POST /realms/{realm}/login-actions/authenticate</c>: the login form's answer. It counts only with the
/// pending login's id, which only the page shown to this browser holds, and the browser's own
/// <c>AUTH_SESSION_ID</c> cookie, which another site's form cannot send: together they stop cross-site posts.
/// </summary>
internal static class LoginActionsEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        ShortLivedStore<LoginAttempt> attempts,
        BrowserSignIn signIn
    )
    {
        var (realmFile, form) = await RealmEndpoints.ReadFormAsync(context, realm, store).ConfigureAwait(false);
        if (realmFile is null)
        {
            return RealmEndpoints.RealmNotFound();
        }

        var browserId = BrowserCookies.Read(context.Request, BrowserCookies.AuthSession);
        if (browserId is null)
        {
            return MessagePages.Error(MessagePages.CookieNotFound);
        }

        // Taken whatever follows: each page's form answers once, a failed attempt shows a new one.
        var attempt = attempts.Take(form["session_code"].ToString());
        if (attempt is null || !Secrets.AreEqual(attempt.BrowserId, browserId))
        {
            return MessagePages.Error(MessagePages.LoginExpired);
        }

        // The realm file may have changed since the form was shown.
        if (realmFile.FindClient(attempt.Request.Client.ClientId) is not { Enabled: true } client)
        {
            return MessagePages.Error("Client désactivé.");
        }

        var request = attempt.Request with { Client = client };
        var username = form["username"].ToString();
        var (user, error) = Authenticate(realmFile, username, form["password"].ToString());
        return user is null
            ? signIn.ShowForm(context, realmFile, request, username, error)
            : signIn.SignedIn(context, realmFile, request, user);
    }

    /// <summary>Keycloak's username-password form: the password first, so that a wrong one reveals nothing of the
    /// account.</summary>
    private static (RealmUser? User, string? Error) Authenticate(RealmFile realm, string username, string password)
    {
        var user = username.Length == 0 ? null : realm.FindUser(username);
        if (user is null)
        {
            // Compare anyway, so that an unknown user costs the time of a wrong password.
            _ = Secrets.AreEqual(username, password);
            return (null, LoginPage.InvalidCredentials);
        }

        if (!user.HasPassword(password))
        {
            return (null, LoginPage.InvalidCredentials);
        }

        if (!user.Enabled)
        {
            return (null, LoginPage.AccountDisabled);
        }

        return user.IsSetUp ? (user, null) : (null, LoginPage.AccountNotSetUp);
    }
}
