using Microsoft.Extensions.Time.Testing;

namespace Network.DevIdentity.Tests;

/// <summary>
/// DevIdentity on a test realm, shared by the tests of a class: each test signs in with a browser of its own, so
/// that only the realm and the server are shared. Its clock follows the real one, and a test may move it ahead.
/// </summary>
public sealed class DevIdentityFixture : IDisposable
{
    public DevIdentityFixture() => Identity = new DevIdentityFactory(Realm) { Time = Time };

    public TestRealm Realm { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public DevIdentityFactory Identity { get; }

    /// <summary>A new browser, with the clock brought up to the real time if an earlier test did not move it
    /// past.</summary>
    public Browser NewBrowser()
    {
        var now = DateTimeOffset.UtcNow;
        if (now > Time.GetUtcNow())
        {
            Time.SetUtcNow(now);
        }

        return new Browser(Identity);
    }

    public void Dispose()
    {
        Identity.Dispose();
        Realm.Dispose();
    }
}
