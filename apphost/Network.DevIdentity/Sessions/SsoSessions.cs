using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Network.DevIdentity.Realm;
using Network.DevIdentity.State;

namespace Network.DevIdentity.Sessions;

/// <summary>
/// The realm's user sessions, in memory: a restart ends them all, and refresh tokens of an ended session are
/// refused ("Session not active"), as Keycloak refuses them once their session is gone.
/// </summary>
internal sealed class SsoSessions(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SsoSession> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SsoSession> _byCookie = new(StringComparer.Ordinal);
    private readonly PurgeSchedule _purge = new(time, TimeSpan.FromMinutes(1));

    public SsoSession Start(string subject, string clientId, RealmFile realm)
    {
        ArgumentNullException.ThrowIfNull(realm);
        Purge(realm);
        var session = new SsoSession(
            Guid.NewGuid().ToString(),
            Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            subject,
            time.GetUtcNow()
        );
        session.Attach(clientId);
        _byId[session.Id] = session;
        _byCookie[session.CookieValue] = session;
        return session;
    }

    /// <summary>The session of a <c>sid</c>, still active; null otherwise.</summary>
    public SsoSession? Find(string? sessionId, RealmFile realm) =>
        sessionId is not null && _byId.TryGetValue(sessionId, out var session) && IsActive(session, realm)
            ? session
            : null;

    /// <summary>The session the browser's identity cookie points to, still active; null otherwise.</summary>
    public SsoSession? FromCookie(string? cookieValue, RealmFile realm) =>
        cookieValue is not null && _byCookie.TryGetValue(cookieValue, out var session) && IsActive(session, realm)
            ? session
            : null;

    public void End(SsoSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _byId.TryRemove(session.Id, out _);
        _byCookie.TryRemove(session.CookieValue, out _);
    }

    /// <summary>Keycloak's rule: used within the idle timeout, and younger than the maximum lifespan.</summary>
    private bool IsActive(SsoSession session, RealmFile realm)
    {
        var now = time.GetUtcNow();
        return now <= session.LastRefresh + realm.RefreshTokenLifetime
            && now <= session.Started + realm.SessionMaxLifetime;
    }

    private void Purge(RealmFile realm)
    {
        if (!_purge.IsDue(out _))
        {
            return;
        }

        foreach (var session in _byId.Values.Where(session => !IsActive(session, realm)))
        {
            End(session);
        }
    }
}
