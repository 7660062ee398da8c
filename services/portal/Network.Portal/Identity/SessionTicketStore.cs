using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Network.Portal.Identity;

/// <summary>
/// Sessions kept in the portal's memory, the browser holding only a random key: the tokens never reach it, and a
/// session left alone for the idle timeout is forgotten. A restarted portal asks people to sign in again.
/// </summary>
internal sealed class SessionTicketStore(IMemoryCache cache, IOptions<PortalOptions> options) : ITicketStore
{
    private const string Prefix = "portal-session:";

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Remember(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Remember(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(cache.TryGetValue(Prefix + key, out AuthenticationTicket? ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        cache.Remove(Prefix + key);
        return Task.CompletedTask;
    }

    private void Remember(string key, AuthenticationTicket ticket) =>
        cache.Set(Prefix + key, ticket, new MemoryCacheEntryOptions { SlidingExpiration = options.Value.IdleTimeout });
}
