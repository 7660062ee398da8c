using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.Faults;

/// <summary>
/// One platform for every fault test, two instances of every service on the same databases and broker: each test
/// leaves it running and healthy, waits for it to be quiet first, and judges only the messages and figures it caused.
/// </summary>
public sealed class FaultsPlatform : IAsyncLifetime
{
    private RunningPlatform? _platform;

    public RunningPlatform Platform =>
        _platform ?? throw new InvalidOperationException("The platform has not started.");

    public async Task InitializeAsync()
    {
        _platform = await RunningPlatform.StartAsync(replicas: 2);
        await QuietAsync();
    }

    /// <summary>
    /// Waits until the demo network is seeded and announced everywhere: the demo pool exists, every outbox is empty,
    /// the activity service has recorded every fact and every replica of the partners is complete.
    /// </summary>
    public async Task QuietAsync() =>
        await Eventually.AssertAsync(
            async () =>
            {
                if (
                    await Platform.CountAsync("equipment", "SELECT COUNT(*) FROM Items") == 0
                    || await Delivery.UnsentAsync(Platform) > 0
                )
                {
                    return false;
                }

                var published = await Delivery.PublishedAsync(Platform);
                if (!published.IsSubsetOf(await Delivery.RecordedByActivityAsync(Platform)))
                {
                    return false;
                }

                var partners = await Delivery.PartnersAsync(Platform, "partners");
                foreach (var service in Delivery.ReplicaHolders)
                {
                    if ((await Delivery.PartnersAsync(Platform, service)).Count != partners.Count)
                    {
                        return false;
                    }
                }

                return true;
            },
            "the platform is quiet: every message delivered and recorded",
            TimeSpan.FromMinutes(5)
        );

    public async Task DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FaultsDefinition : ICollectionFixture<FaultsPlatform>
{
    public const string Name = "faults";
}
