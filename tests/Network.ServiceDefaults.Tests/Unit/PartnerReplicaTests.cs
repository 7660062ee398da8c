using Network.Contracts.Partners;
using Network.ServiceDefaults.Replicas;

namespace Network.ServiceDefaults.Tests.Unit;

public sealed class PartnerReplicaTests
{
    [Fact]
    public void Only_a_snapshot_at_least_as_recent_is_applied()
    {
        var id = Guid.NewGuid();
        var replica = PartnerReplica.Create(id);
        var now = DateTimeOffset.UtcNow;

        Assert.True(
            replica.Apply(
                new PartnerApproved(
                    new PartnerSnapshot(id, "B", "association", "active", "06000", "Nice", "06088", 43.7, 7.26),
                    now
                )
            )
        );
        Assert.False(
            replica.Apply(
                new PartnerRegistered(
                    new PartnerSnapshot(id, "A", "association", "pending", "06000", "Nice", "06088", null, null),
                    now.AddSeconds(-1)
                )
            )
        );
        Assert.Equal("B", replica.Name);
        Assert.Equal(43.7, replica.Latitude);
        Assert.True(replica.IsActive);
        Assert.True(
            replica.Apply(
                new PartnerSuspended(
                    new PartnerSnapshot(id, "B", "association", "suspended", "06000", "Nice", "06088", 43.7, 7.26),
                    now
                )
            )
        );
        Assert.False(replica.IsActive);
    }
}
