using Network.ServiceDefaults.Persistence;

namespace Network.Equipment.Domain;

/// <summary>
/// The guard of an item's calendar. Every change that makes a window blocking (an approval, an extension)
/// touches this row in the same save as the reservation, so its version serialises them: of two racing
/// approvals that each saw a free window, the second fails, retries, and finds the first.
/// Kept apart from the item so that bookings do not change the item's ETag.
/// </summary>
public sealed class ItemSchedule : IVersioned
{
    private ItemSchedule() { }

    public Guid ItemId { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public long Version { get; set; }

    public static ItemSchedule For(Item item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemSchedule { ItemId = item.Id, ChangedAt = now };
    }

    public void Touch(DateTimeOffset now) => ChangedAt = now > ChangedAt ? now : ChangedAt.AddTicks(1);
}
