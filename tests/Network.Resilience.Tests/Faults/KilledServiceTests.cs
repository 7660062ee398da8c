using Network.Resilience.Tests.Platform;
using Network.Testing;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.Faults;

[Collection(FaultsDefinition.Name)]
public sealed class KilledServiceTests(FaultsPlatform fixture, ITestOutputHelper output)
{
    /// <param name="victim">
    /// The activity service consumes every fact; the referrals service keeps a replica of the partners. Every instance
    /// of it is killed (SIGKILL) once it has handled part of the burst, while the rest of the burst goes on.
    /// </param>
    [Theory]
    [InlineData("activity")]
    [InlineData("referrals")]
    public async Task A_service_killed_in_the_middle_of_a_burst_handles_every_message_once_after_its_restart(
        string victim
    )
    {
        var platform = fixture.Platform;
        await fixture.QuietAsync();
        using var workload = await Workload.StartAsync(platform);
        var before = await Snapshot.TakeAsync(platform);
        var baseline = await Figures.ReadAsync(workload.Coordinator);
        var handledBefore = await HandledAsync(platform, victim);

        // The referrals service cannot take writes while it is down: its burst is of partners and registrations only.
        var burst =
            victim == "activity"
                ? workload.MixedAsync(rounds: 15, parallel: 6)
                : workload.PartnersAsync(count: 60, parallel: 6);
        await Eventually.AssertAsync(
            async () => await HandledAsync(platform, victim) - handledBefore >= 20 || burst.IsCompleted,
            $"{victim} handles part of the burst"
        );
        var handledAtKill = await HandledAsync(platform, victim) - handledBefore;
        var logsAtKill = platform.Logs.Count;
        await platform.KillAsync(victim);
        await burst;
        await platform.StartAsync(victim);

        var (sentByA, receivedByB) = await workload.ReferralTotalsAsync();
        var expected = baseline.After(workload.Done);
        await Delivery.AssertSettledAsync(platform, before, () => Figures.ReadAsync(workload.Coordinator), expected);
        await Figures.AssertPartnerReferralsAsync(workload.Coordinator, sentByA, receivedByB);

        var handled = await HandledAsync(platform, victim) - handledBefore;
        var redelivered = platform
            .Logs.Skip(logsAtKill)
            .Where(line => line.Resource.StartsWith(victim, StringComparison.Ordinal))
            .Select(line => line.Text)
            .ToList();
        var alreadyRecorded = redelivered.Count(text =>
            text.Contains("redelivered, already recorded", StringComparison.Ordinal)
        );
        var recordedThen = redelivered.Count(text =>
            text.Contains("redelivered, not recorded before", StringComparison.Ordinal)
        );
        output.WriteLine(
            $"{workload.Done}; {victim} had handled {handledAtKill} messages when killed, "
                + $"{handled} in all after its restart"
                + (
                    victim == "activity"
                        ? $"; redelivered after the restart: {alreadyRecorded} already recorded (no effect), "
                            + $"{recordedThen} recorded then"
                        : ""
                )
        );
    }

    /// <summary>The messages the service has handled: the activity service's stored messages, or another's
    /// inbox.</summary>
    private static Task<long> HandledAsync(RunningPlatform platform, string service) =>
        platform.CountAsync(
            service,
            service == "activity" ? "SELECT COUNT(*) FROM ReceivedMessages" : "SELECT COUNT(*) FROM InboxMessages"
        );
}
