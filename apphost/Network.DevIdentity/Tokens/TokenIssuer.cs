using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Tokens;

/// <summary>Signs the access, refresh and ID tokens of a grant for a user of the realm file.</summary>
internal sealed class TokenIssuer(SigningKey signingKey, TimeProvider time)
{
    /// <summary>
    /// Keycloak grants the client's default scopes that show in the token (<c>profile email</c>), preceded by
    /// <c>openid</c> when the request asked for it.
    /// </summary>
    public static string GrantedScope(string? requested) =>
        (requested ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid", StringComparer.Ordinal)
            ? KeycloakTokenShape.DefaultScope
            : "profile email";

    public IssuedTokens Issue(RealmFile realm, RealmClient client, RealmUser user, TokenGrant grant)
    {
        var now = time.GetUtcNow();
        var lifetime = client.AccessTokenLifetime ?? realm.AccessTokenLifetime;
        var subject = TokenSubjects.For(realm, client, user, grant.RemoteAddress);
        var sessionId = subject.IsServiceAccount ? null : grant.SessionId ?? Guid.NewGuid().ToString();
        var access = KeycloakTokenShape.AccessTokenPayload(
            subject,
            grant.Issuer,
            client.ClientId,
            client.Audiences(),
            now,
            lifetime,
            grant.Scope,
            sessionId
        );
        var accessToken = signingKey.Sign(access);
        var refreshToken = grant.WithRefreshToken
            ? signingKey.Sign(RefreshTokens.Payload(access, now, realm.RefreshTokenLifetime))
            : null;
        var idToken = grant.Scope.StartsWith("openid", StringComparison.Ordinal)
            ? signingKey.Sign(IdTokens.Payload(access, client.ClientId, accessToken, grant.Nonce))
            : null;
        return new IssuedTokens(
            accessToken,
            lifetime,
            refreshToken,
            refreshToken is null ? TimeSpan.Zero : realm.RefreshTokenLifetime,
            idToken,
            sessionId,
            grant.Scope
        );
    }
}
