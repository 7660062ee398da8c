using System.Collections.Concurrent;
using Network.DevIdentity.State;

namespace Network.DevIdentity.Authorization;

/// <summary>
/// The authorization codes issued and not yet expired, in memory. A code serves once: a redeemed code stays known
/// until it expires, so that a second attempt can revoke what the first obtained (RFC 6749, 4.1.2), as Keycloak
/// detaches the client from the session.
/// </summary>
internal sealed class AuthorizationCodes(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _codes = new(StringComparer.Ordinal);
    private readonly PurgeSchedule _purge = new(time, TimeSpan.FromMinutes(1));

    public string Issue(AuthorizationCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        Purge();

        // Keycloak's shape, id.session.client, with a random id.
        var value = $"{Guid.NewGuid()}.{code.SessionId}.{code.ClientId}";
        _codes[value] = new Entry(code);
        return value;
    }

    /// <summary>
    /// The code's grant, for the first redemption only; otherwise null, with the grant of a code redeemed before
    /// as <c>Replayed</c>. An expired code is as unknown.
    /// </summary>
    public (AuthorizationCode? Code, AuthorizationCode? Replayed) Redeem(string value)
    {
        if (!_codes.TryGetValue(value, out var entry) || time.GetUtcNow() > entry.Code.ExpiresAt)
        {
            return (null, null);
        }

        return Interlocked.Exchange(ref entry.Redeemed, 1) == 0 ? (entry.Code, null) : (null, entry.Code);
    }

    private void Purge()
    {
        if (!_purge.IsDue(out var now))
        {
            return;
        }

        foreach (var (value, entry) in _codes)
        {
            if (now > entry.Code.ExpiresAt)
            {
                _codes.TryRemove(value, out _);
            }
        }
    }

    private sealed class Entry(AuthorizationCode code)
    {
        public AuthorizationCode Code { get; } = code;

        public int Redeemed;
    }
}
