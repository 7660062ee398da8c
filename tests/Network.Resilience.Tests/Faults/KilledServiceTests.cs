using Network.Testing;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.Faults;

[Collection(FaultsDefinition.Name)]
public sealed class ActivityKillTests(FaultsPlatform fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_activity_service_killed_in_the_middle_of_a_burst_counts_every_message_once_after_its_restart()
    {
        var platform = fixture.Platform;
        await fixture.QuietAsync();
        using var workload = await Workload.StartAsync(platform);
        var before = await Snapshot.TakeAsync(platform);
        var baseline = await Figures.ReadAsync(workload.Coordinator);

        // The burst goes on while the service dies: it is killed once it has recorded part of the burst.
        var burst = workload.MixedAsync(rounds: 15, parallel: 6);
        await Eventually.AssertAsync(
            async () => (await Delivery.RecordedByActivityAsync(platform)).Except(before.Recorded).Count() >= 20 || burst.IsCompleted,
            "the activity service records part of the burst");
        var recordedAtKill = (await Delivery.RecordedByActivityAsync(platform)).Except(before.Recorded).Count();
        var restartedAt = platform.Logs.Count;
        await platform.KillAsync("activity");
        await burst;
        var publishedByThen = (await Delivery.PublishedAsync(platform)).Except(before.Published).Count();
        await platform.StartAsync("activity");

        var (sentByA, receivedByB) = await workload.ReferralTotalsAsync();
        var expected = baseline.After(workload.Done).WithReferrals(sentByA, receivedByB);
        await Delivery.AssertSettledAsync(platform, before, () => Figures.ReadAsync(workload.Coordinator), expected);

        var redelivered = platform.Logs.Skip(restartedAt).Count(line => line.Resource.StartsWith("activity", StringComparison.Ordinal)
                                                                       && line.Text.Contains("already recorded", StringComparison.Ordinal));
        output.WriteLine($"{workload.Done}; {recordedAtKill} facts recorded when the service was killed, {publishedByThen} published by the end of the burst; "
                         + $"{redelivered} redeliveries of messages already recorded were acknowledged without effect");
        Assert.True(burst.IsCompletedSuccessfully);
    }
}
