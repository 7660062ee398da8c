using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.State;

/// <summary>
/// Values kept in memory for a short while under an unguessable id: a login page waiting for its form, a pushed
/// authorization request, a logout waiting for its confirmation. Expired values are as absent.
/// </summary>
internal sealed class ShortLivedStore<TValue>(TimeProvider time)
    where TValue : class
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset ExpiresAt)> _entries = new(
        StringComparer.Ordinal
    );
    private readonly PurgeSchedule _purge = new(time, TimeSpan.FromMinutes(1));

    /// <summary>Keeps <paramref name="value"/> for <paramref name="lifetime"/> and returns its id.</summary>
    public string Add(TValue value, TimeSpan lifetime)
    {
        if (_purge.IsDue(out var now))
        {
            foreach (var (id, entry) in _entries)
            {
                if (now > entry.ExpiresAt)
                {
                    _entries.TryRemove(id, out _);
                }
            }
        }

        var key = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _entries[key] = (value, time.GetUtcNow() + lifetime);
        return key;
    }

    /// <summary>The value, removed so that it serves once.</summary>
    public TValue? Take(string? id) =>
        id is not null && _entries.TryRemove(id, out var entry) && time.GetUtcNow() <= entry.ExpiresAt
            ? entry.Value
            : null;
}
