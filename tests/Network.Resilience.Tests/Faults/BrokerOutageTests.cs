using Xunit.Abstractions;

namespace Network.Resilience.Tests.Faults;

[Collection(FaultsDefinition.Name)]
public sealed class BrokerOutageTests(FaultsPlatform fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Writes_accepted_while_the_broker_is_down_are_all_delivered_once_it_is_back()
    {
        var platform = fixture.Platform;
        await fixture.QuietAsync();
        using var workload = await Workload.StartAsync(platform);
        var before = await Snapshot.TakeAsync(platform);
        var baseline = await Figures.ReadAsync(workload.Coordinator);

        await platform.StopAsync("rabbitmq");
        try
        {
            await workload.MixedAsync(rounds: 12);
            Assert.True(workload.Done.Accepted >= 100, workload.Done.ToString());

            // Nothing could leave while the broker was away: the facts wait in the outboxes, the activity service heard
            // none.
            var waiting = await Delivery.UnsentAsync(platform);
            output.WriteLine($"{workload.Done}; {waiting} messages waiting in the outboxes");
            Assert.True(waiting > 0);
            Assert.Subset(before.Recorded, await Delivery.RecordedByActivityAsync(platform));
            Assert.Superset(before.Recorded, await Delivery.RecordedByActivityAsync(platform));

            await Probes.AssertReadyWithoutBrokerAsync(platform);
        }
        finally
        {
            await platform.StartAsync("rabbitmq");
        }

        var (sentByA, receivedByB) = await workload.ReferralTotalsAsync();
        var expected = baseline.After(workload.Done);
        await Delivery.AssertSettledAsync(platform, before, () => Figures.ReadAsync(workload.Coordinator), expected);
        await Figures.AssertPartnerReferralsAsync(workload.Coordinator, sentByA, receivedByB);
        output.WriteLine(
            $"{(await Delivery.PublishedAsync(platform)).Except(before.Published).Count()} facts published and "
                + "recorded after the outage"
        );
    }
}
