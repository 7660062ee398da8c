using Network.ServiceDefaults.Persistence;

namespace Network.Equipment.Domain;

/// <summary>
/// A piece of equipment a partner owns and may lend. A kit (the mobile web-radio kit) lists its
/// <see cref="Components"/>, checked at hand-over and at return.
/// </summary>
public sealed class Item : IVersioned
{
    private Item() { }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Name { get; private set; } = "";

    public EquipmentCategory Category { get; private set; }

    public string? AssetTag { get; private set; }

    public string? SerialNumber { get; private set; }

    public string? Description { get; private set; }

    public ItemCondition Condition { get; private set; }

    public ItemStatus Status { get; private set; }

    public bool Shareable { get; private set; }

    public LoanRules LoanRules { get; private set; } = null!;

    public List<string> Components { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; set; }

    public bool IsKit => Components.Count > 0;

    /// <param name="id">A given id (demo data); a new one otherwise.</param>
    public static Item Register(Guid ownerId, ItemDetails details, DateTimeOffset now, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var item = new Item
        {
            Id = id ?? Guid.CreateVersion7(now),
            OwnerId = ownerId,
            Status = ItemStatus.Available,
            CreatedAt = now,
        };
        item.Apply(details, now);
        return item;
    }

    /// <summary>Replaces the owner's description; a retired item is no longer edited.</summary>
    public bool Update(ItemDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Status == ItemStatus.Retired)
        {
            return false;
        }

        Apply(details, now);
        return true;
    }

    /// <summary>Whether a partner may borrow it now: its owner, or anyone when shared; never when retired.</summary>
    public bool IsVisibleTo(Guid partnerId) => OwnerId == partnerId || (Shareable && Status != ItemStatus.Retired);

    public bool PutInMaintenance(DateTimeOffset now) => Move(ItemStatus.Maintenance, now, from: ItemStatus.Available);

    public bool MakeAvailable(DateTimeOffset now) => Move(ItemStatus.Available, now, from: ItemStatus.Maintenance);

    public bool Retire(DateTimeOffset now)
    {
        if (Status == ItemStatus.Retired)
        {
            return false;
        }

        Status = ItemStatus.Retired;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Records the state it came back in; damaged, it goes to maintenance.</summary>
    public void ComeBack(ItemCondition condition, DateTimeOffset now)
    {
        Condition = condition;
        if (condition == ItemCondition.Damaged && Status == ItemStatus.Available)
        {
            Status = ItemStatus.Maintenance;
        }

        UpdatedAt = now;
    }

    private bool Move(ItemStatus to, DateTimeOffset now, ItemStatus from)
    {
        if (Status == to)
        {
            return true;
        }

        if (Status != from)
        {
            return false;
        }

        Status = to;
        UpdatedAt = now;
        return true;
    }

    private void Apply(ItemDetails details, DateTimeOffset now)
    {
        Name = details.Name;
        Category = details.Category;
        AssetTag = details.AssetTag;
        SerialNumber = details.SerialNumber;
        Description = details.Description;
        Condition = details.Condition;
        Shareable = details.Shareable;
        LoanRules = details.LoanRules;
        Components = [.. details.Components];
        UpdatedAt = now;
    }
}
