using Network.DevIdentity.Realm;
using Network.DevIdentity.Sessions;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Endpoints;

/// <summary>One token request, once its client is authenticated: what every grant reads, and how it answers.</summary>
internal sealed class TokenRequest(
    HttpContext context,
    RealmFile realm,
    RealmClient client,
    IFormCollection form,
    TokenIssuer issuer,
    SsoSessions sessions,
    TimeProvider time
)
{
    public RealmFile Realm => realm;

    public RealmClient Client => client;

    public SsoSessions Sessions => sessions;

    public TimeProvider Time => time;

    /// <summary>The realm's issuer as the caller reached it.</summary>
    public string Issuer => RealmIssuer.Of(context.Request, realm.Realm);

    /// <summary>A form parameter; empty when absent.</summary>
    public string this[string name] => form[name].ToString();

    public static (IssuedTokens? Tokens, OAuthError? Error) Refused(OAuthError error) => (null, error);

    /// <summary>
    /// The tokens of <paramref name="user"/>, whose <c>sid</c> is <paramref name="session"/>'s (a service account has
    /// none); issuing them keeps the session from idling out.
    /// </summary>
    public (IssuedTokens? Tokens, OAuthError? Error) Issued(
        RealmUser user,
        SsoSession? session,
        bool withRefreshToken,
        string scope,
        string? nonce = null
    )
    {
        session?.Refreshed(time.GetUtcNow());
        var grant = new TokenGrant(
            Issuer,
            scope,
            context.Connection.RemoteIpAddress?.ToString(),
            session?.Id,
            withRefreshToken,
            nonce
        );
        return (issuer.Issue(realm, client, user, grant), null);
    }
}
