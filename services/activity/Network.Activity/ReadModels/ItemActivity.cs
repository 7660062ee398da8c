using Network.Contracts.Equipment;

namespace Network.Activity.ReadModels;

/// <summary>One item of the shared pool: whose, what kind, where, and whether it has left the pool.</summary>
public sealed class ItemActivity : IVersionedRow
{
    private ItemActivity() { }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Category { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public DateTimeOffset SnapshotAsOf { get; private set; }

    public bool Retired { get; private set; }

    public long Version { get; set; }

    public static ItemActivity Create(Guid id) => new() { Id = id, SnapshotAsOf = DateTimeOffset.MinValue };

    public void Describe(EquipmentSnapshot item, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (occurredAt < SnapshotAsOf)
        {
            return;
        }

        OwnerId = item.OwnerId;
        Category = item.Category;
        Commune = item.Commune;
        SnapshotAsOf = occurredAt;
    }

    public void Retire() => Retired = true;
}
