using System.Text.Json.Serialization;

namespace Network.Equipment.Domain;

public enum EquipmentCategory
{
    Laptop,
    Tablet,
    Smartphone,
    Projector,
    RadioKit,
    Camera,

    [JsonStringEnumMemberName("printer-3d")]
    Printer3d,
    Hotspot,
    Other,
}

public enum ItemCondition
{
    Good,
    Fair,
    Damaged,
}

public enum ItemStatus
{
    Available,
    Maintenance,
    Retired,
}

public enum ReservationStatus
{
    Requested,
    Approved,
    Rejected,
    Cancelled,
    CheckedOut,
    Returned,
    Overdue,
}

/// <summary>Why the borrower of a reservation should look at it again.</summary>
public enum ReservationNotice
{
    /// <summary>The item went into maintenance (returned damaged, or put there by its owner) before this
    /// loan.</summary>
    ItemInMaintenance,
}
