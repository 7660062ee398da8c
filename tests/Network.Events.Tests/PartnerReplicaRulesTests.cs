using Network.Events.Domain;

namespace Network.Events.Tests;

public sealed class PartnerReplicaRulesTests
{
    [Fact]
    public void Only_a_snapshot_at_least_as_recent_is_applied()
    {
        var replica = PartnerReplica.Create(Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;

        Assert.True(replica.Apply("B", "asso", "active", "06000", "Nice", now));
        Assert.False(replica.Apply("A", "asso", "pending", "06000", "Nice", now.AddSeconds(-1)));
        Assert.Equal("B", replica.Name);
        Assert.True(replica.IsActive);
        Assert.True(replica.Apply("C", "asso", "suspended", "06000", "Nice", now));
        Assert.False(replica.IsActive);
    }
}
