using Network.Resilience.Tests.Platform;
using Network.Testing;
using Xunit.Abstractions;

namespace Network.Resilience.Tests.Faults;

/// <summary>
/// The database server itself restarted (PostgreSQL only: a SQLite file has no server) in the middle of a burst of
/// writes across every service: requests caught by the outage hear 503 and are sent again, background work waits and
/// retries, and once the server is back nothing accepted is lost and every message is delivered once.
/// </summary>
[Collection(FaultsDefinition.Name)]
public sealed class DatabaseRestartTests(FaultsPlatform fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task A_database_server_restarted_in_the_middle_of_a_burst_loses_nothing_once_it_is_back()
    {
        Skip.IfNot(RunningPlatform.PostgreSql, "SQLite has no server to restart.");
        var platform = fixture.Platform;
        await fixture.QuietAsync();
        using var workload = await Workload.StartAsync(platform, retryWhenUnavailable: true);
        var before = await Snapshot.TakeAsync(platform);
        var baseline = await Figures.ReadAsync(workload.Coordinator);

        var burst = workload.MixedAsync(rounds: 15, parallel: 6);
        await Eventually.AssertAsync(
            () => Task.FromResult(workload.Done.Accepted >= 20 || burst.IsCompleted),
            "part of the burst is accepted"
        );
        var acceptedAtStop = workload.Done.Accepted;
        await platform.StopAsync(RunningPlatform.PostgreSqlResource);
        await platform.StartAsync(RunningPlatform.PostgreSqlResource);
        await burst;

        var (sentByA, receivedByB) = await workload.ReferralTotalsAsync();
        var expected = baseline.After(workload.Done);
        await Delivery.AssertSettledAsync(platform, before, () => Figures.ReadAsync(workload.Coordinator), expected);
        await Figures.AssertPartnerReferralsAsync(workload.Coordinator, sentByA, receivedByB);
        output.WriteLine($"{workload.Done}; {acceptedAtStop} accepted when the server stopped");
    }
}
