using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.Faults;

/// <summary>
/// Where the platform's messages stand, read from the services' databases: what each outbox holds, what the activity
/// service recorded (one row per MessageId), and what each replica of the partners says.
/// </summary>
internal static class Delivery
{
    public static readonly string[] Publishers = ["partners", "events", "referrals", "equipment"];
    public static readonly string[] ReplicaHolders = ["events", "referrals", "equipment", "activity"];

    /// <summary>The facts every outbox holds (sent or not): commands to one queue are left out.</summary>
    public static async Task<HashSet<Guid>> PublishedAsync(RunningPlatform platform)
    {
        var ids = new HashSet<Guid>();
        foreach (var service in Publishers)
        {
            ids.UnionWith(
                (await platform.QueryAsync(service, "SELECT Id FROM OutboxMessages WHERE Destination IS NULL")).Select(
                    Id
                )
            );
        }

        return ids;
    }

    public static async Task<long> UnsentAsync(RunningPlatform platform)
    {
        var unsent = 0L;
        foreach (var service in Publishers)
        {
            unsent += await platform.CountAsync(service, "SELECT COUNT(*) FROM OutboxMessages WHERE SentAt IS NULL");
        }

        return unsent;
    }

    public static async Task<HashSet<Guid>> RecordedByActivityAsync(RunningPlatform platform) =>
        [.. (await platform.QueryAsync("activity", "SELECT Id FROM ReceivedMessages")).Select(Id)];

    /// <summary>Every partner and its status, as the partners service holds it, or as a replica does.</summary>
    public static async Task<Dictionary<Guid, string>> PartnersAsync(RunningPlatform platform, string service)
    {
        var table = service == "partners" ? "Partners" : "PartnerReplicas";
        return (await platform.QueryAsync(service, $"SELECT Id, Status FROM {table}")).ToDictionary(Id, row =>
            ((string)row[1]).ToUpperInvariant()
        );
    }

    /// <summary>
    /// Waits until every outbox is empty, the activity service has recorded every fact published since
    /// <paramref name="before"/> and nothing else, every replica of the partners equals the partners service's list,
    /// and the figures equal <paramref name="expected"/>; then asserts each of these, so that a failure says which.
    /// </summary>
    public static async Task AssertSettledAsync(
        RunningPlatform platform,
        Snapshot before,
        Func<Task<Figures>> figures,
        Figures expected,
        TimeSpan? timeout = null
    )
    {
        async Task<Outcome> ReadAsync()
        {
            var published = await PublishedAsync(platform);
            published.ExceptWith(before.Published);
            var recorded = await RecordedByActivityAsync(platform);
            recorded.ExceptWith(before.Recorded);
            var partners = await PartnersAsync(platform, "partners");
            var staleReplicas = new List<string>();
            foreach (var service in ReplicaHolders)
            {
                var replica = await PartnersAsync(platform, service);
                if (
                    replica.Count != partners.Count
                    || partners.Any(p => !replica.TryGetValue(p.Key, out var status) || status != p.Value)
                )
                {
                    staleReplicas.Add(service);
                }
            }

            return new Outcome(await UnsentAsync(platform), published, recorded, staleReplicas, await figures());
        }

        var last = await ReadAsync();
        await Eventually.TryAsync(
            async () =>
            {
                last = await ReadAsync();
                return last.Unsent == 0
                    && last.Published.SetEquals(last.Recorded)
                    && last.StaleReplicas.Count == 0
                    && last.Figures == expected;
            },
            timeout ?? TimeSpan.FromMinutes(3)
        );

        Assert.Equal(0, last.Unsent);
        Assert.Empty(last.Published.Except(last.Recorded));
        Assert.Empty(last.Recorded.Except(last.Published));
        Assert.Empty(last.StaleReplicas);
        Assert.Equal(expected, last.Figures);
    }

    private static Guid Id(object[] row) => Guid.Parse((string)row[0]);

    private sealed record Outcome(
        long Unsent,
        HashSet<Guid> Published,
        HashSet<Guid> Recorded,
        List<string> StaleReplicas,
        Figures Figures
    );
}

/// <summary>The messages the platform held before a test's writes, so that the test judges only its own.</summary>
internal sealed record Snapshot(HashSet<Guid> Published, HashSet<Guid> Recorded)
{
    public static async Task<Snapshot> TakeAsync(RunningPlatform platform) =>
        new(await Delivery.PublishedAsync(platform), await Delivery.RecordedByActivityAsync(platform));
}
