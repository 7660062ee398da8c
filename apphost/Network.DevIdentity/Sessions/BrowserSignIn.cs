using Network.DevIdentity.Authorization;
using Network.DevIdentity.Endpoints;
using Network.DevIdentity.Pages;
using Network.DevIdentity.Realm;
using Network.DevIdentity.State;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Sessions;

/// <summary>
/// Signs a browser in for a checked authorization request: at once when its SSO session is alive (as Keycloak's
/// cookie authenticator does), otherwise through the login form; then answers the client with a code.
/// </summary>
internal sealed class BrowserSignIn(
    SsoSessions sessions,
    AuthorizationCodes codes,
    ShortLivedStore<LoginAttempt> attempts,
    TimeProvider time
)
{
    public IResult Begin(HttpContext context, RealmFile realm, AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(request);
        var session = sessions.FromCookie(BrowserCookies.Read(context.Request, BrowserCookies.Identity), realm);
        var user = session is null ? null : realm.FindBySubject(session.Subject);
        if (session is not null && user is { Enabled: true } && !request.ForcesLogin && !IsTooOld(session, request))
        {
            return Complete(context, realm, request, session);
        }

        return request.IsPassive
            ? AuthorizationResponses.Error(
                request,
                RealmIssuer.Of(context.Request, realm.Realm),
                "login_required",
                null
            )
            : ShowForm(context, realm, request, request.LoginHint, error: null);
    }

    /// <summary>The login form, for a new pending login tied to this browser.</summary>
    public IResult ShowForm(
        HttpContext context,
        RealmFile realm,
        AuthorizationRequest request,
        string? username,
        string? error
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(realm);
        var browserId = BrowserCookies.BrowserId(context, realm.Realm);
        var sessionCode = attempts.Add(new LoginAttempt(browserId, request), realm.LoginLifetime);
        var action = $"{context.Request.PathBase}/realms/{realm.Realm}/login-actions/authenticate";
        return LoginPage.Render(realm.DisplayName ?? realm.Realm, action, sessionCode, username, error);
    }

    /// <summary>
    /// The user has just typed their password: the browser's live session of the same user goes on, with a new
    /// authentication time, and another user's session ends.
    /// </summary>
    public IResult SignedIn(HttpContext context, RealmFile realm, AuthorizationRequest request, RealmUser user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var subject = user.SubjectIn(realm.Realm);
        var session = sessions.FromCookie(BrowserCookies.Read(context.Request, BrowserCookies.Identity), realm);
        if (session is not null && string.Equals(session.Subject, subject, StringComparison.Ordinal))
        {
            session.Authenticated(time.GetUtcNow());
        }
        else
        {
            if (session is not null)
            {
                sessions.End(session);
            }

            session = sessions.Start(subject, request.Client.ClientId, realm);
        }

        BrowserCookies.Write(context, realm.Realm, BrowserCookies.Identity, session.CookieValue);
        return Complete(context, realm, request, session);
    }

    private IResult Complete(HttpContext context, RealmFile realm, AuthorizationRequest request, SsoSession session)
    {
        var now = time.GetUtcNow();
        session.Attach(request.Client.ClientId);
        session.Refreshed(now);
        var code = request.WantsCode
            ? codes.Issue(
                new AuthorizationCode(
                    request.Client.ClientId,
                    request.RedirectUriParam,
                    session.Id,
                    session.Subject,
                    TokenIssuer.GrantedScope(request.Scope),
                    request.Nonce,
                    request.CodeChallenge,
                    request.CodeChallengeMethod,
                    now + realm.CodeLifetime
                )
            )
            : null;
        context.Response.Headers.CacheControl = "no-store";
        return AuthorizationResponses.Success(request, RealmIssuer.Of(context.Request, realm.Realm), session.Id, code);
    }

    /// <summary>Whether the password was typed longer ago than the request's <c>max_age</c> allows.</summary>
    private bool IsTooOld(SsoSession session, AuthorizationRequest request) =>
        request.MaxAge is { } maxAge && time.GetUtcNow() > session.AuthenticatedAt + TimeSpan.FromSeconds(maxAge);
}
