using Network.DevIdentity.Actions;
using Network.DevIdentity.Authorization;
using Network.DevIdentity.Pages;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Endpoints;

/// <summary>
/// <c>GET|POST /realms/{realm}/login-actions/action-token?key=…</c>: the link of an execute-actions e-mail. The page
/// asks for a new password twice; once it is set, the person signs in with it, the actions the link named are done,
/// the e-mail is verified (they read it, as Keycloak concludes), and the page leads back to the client's redirect URI
/// when the e-mail named one. A link works until it expires, the user is disabled or changes e-mail, or a password
/// is set: once, that is.
/// </summary>
internal static class ActionTokenEndpoint
{
    public static async Task<IResult> ShowAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        ActionTokens tokens
    )
    {
        var realmFile = store.Current;
        if (!string.Equals(realm, realmFile.Realm, StringComparison.Ordinal))
        {
            return RealmEndpoints.RealmNotFound();
        }

        var key = context.Request.Query["key"].ToString();
        var actions = await tokens.ReadAsync(key, RealmIssuer.Of(context.Request, realm)).ConfigureAwait(false);
        return actions is not null && UserToAct(actions, realmFile) is { } user
            ? SetPasswordPage.Form(Name(realmFile), Action(context, realm), key, user.Username)
            : MessagePages.Error(SetPasswordPage.LinkInvalid);
    }

    public static async Task<IResult> SubmitAsync(
        HttpContext context,
        string realm,
        RealmStore store,
        ActionTokens tokens,
        ClientRedirects redirects,
        TimeProvider time
    )
    {
        var (realmFile, form) = await RealmEndpoints.ReadFormAsync(context, realm, store).ConfigureAwait(false);
        if (realmFile is null)
        {
            return RealmEndpoints.RealmNotFound();
        }

        var key = form["key"].ToString();
        var actions = await tokens.ReadAsync(key, RealmIssuer.Of(context.Request, realm)).ConfigureAwait(false);
        if (actions is null)
        {
            return MessagePages.Error(SetPasswordPage.LinkInvalid);
        }

        var (password, confirmation) = (
            form[SetPasswordPage.NewPasswordField].ToString(),
            form[SetPasswordPage.ConfirmationField].ToString()
        );
        return store.Edit<IResult>(current =>
        {
            // Checked again under the store's lock, so that two posts of one link cannot both set a password.
            if (UserToAct(actions, current) is not { } user)
            {
                return (MessagePages.Error(SetPasswordPage.LinkInvalid), []);
            }

            if (password.Length == 0 || password != confirmation)
            {
                return (
                    SetPasswordPage.Form(
                        Name(current),
                        Action(context, realm),
                        key,
                        user.Username,
                        password.Length == 0 ? SetPasswordPage.MissingPassword : null,
                        password.Length == 0 ? null : SetPasswordPage.PasswordsDiffer
                    ),
                    []
                );
            }

            var done = user with
            {
                Id = user.SubjectIn(current.Realm),
                Credentials =
                [
                    .. user.Credentials.Where(credential => !credential.IsPassword),
                    PasswordHashes.Create(password, time.GetUtcNow()),
                ],
                RequiredActions = [.. user.RequiredActions.Except(actions.Actions, StringComparer.Ordinal)],
                EmailVerified = true,
            };
            return (SetPasswordPage.Done(user.Username, RedirectUri(actions, current, redirects)), [done]);
        });
    }

    /// <summary>The user the link names, while it may still serve: enabled, the same e-mail, no password set
    /// since.</summary>
    private static RealmUser? UserToAct(ExecuteActions actions, RealmFile realm)
    {
        var issuedAt = actions.IssuedAt.ToUnixTimeMilliseconds();
        return
            realm.FindBySubject(actions.UserId) is { Enabled: true } user
            && string.Equals(user.Email, actions.Email, StringComparison.OrdinalIgnoreCase)
            && !user.Credentials.Any(credential => credential.IsPassword && credential.CreatedDate >= issuedAt)
            ? user
            : null;
    }

    /// <summary>The way back, checked again against the client's redirect URIs as they are now.</summary>
    private static string? RedirectUri(ExecuteActions actions, RealmFile realm, ClientRedirects redirects) =>
        actions.RedirectUri is { } uri && actions.ClientId is { } clientId && realm.FindClient(clientId) is { } client
            ? redirects.VerifyRedirectUri(client, uri, required: true)
            : null;

    private static string Name(RealmFile realm) => realm.DisplayName ?? realm.Realm;

    private static string Action(HttpContext context, string realm) =>
        $"{context.Request.PathBase}/realms/{realm}/login-actions/action-token";
}
