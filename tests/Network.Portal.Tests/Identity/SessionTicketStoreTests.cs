using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Network.Portal;
using Network.Portal.Identity;

namespace Network.Portal.Tests.Identity;

/// <summary>A session left alone for the idle timeout is gone (social centres share their computers); one in use lives
/// on.</summary>
public sealed class SessionTicketStoreTests
{
    private readonly Clock _clock = new();
    private readonly SessionTicketStore _store;

    public SessionTicketStoreTests() =>
        _store = new SessionTicketStore(
            new MemoryCache(new MemoryCacheOptions { Clock = _clock }),
            Options.Create(new PortalOptions { IdleTimeout = TimeSpan.FromMinutes(30) })
        );

    [Fact]
    public async Task A_session_in_use_lives_on_and_one_left_alone_for_30_minutes_ends()
    {
        var key = await _store.StoreAsync(Ticket());

        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(await _store.RetrieveAsync(key));
        _clock.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(await _store.RetrieveAsync(key));
        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await _store.RetrieveAsync(key));
    }

    [Fact]
    public async Task A_key_is_long_and_random_and_a_removed_session_is_gone()
    {
        var first = await _store.StoreAsync(Ticket());
        var second = await _store.StoreAsync(Ticket());

        Assert.Equal(64, first.Length);
        Assert.NotEqual(first, second);
        await _store.RemoveAsync(first);
        Assert.Null(await _store.RetrieveAsync(first));
        Assert.NotNull(await _store.RetrieveAsync(second));
    }

    private static AuthenticationTicket Ticket() =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "someone")], "test")), "Cookies");

#pragma warning disable CS0618 // The memory cache still reads its time from this clock.
    private sealed class Clock : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow { get; private set; } = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan span) => UtcNow += span;
    }
#pragma warning restore CS0618
}
