using Network.Equipment.Domain;
using Network.ServiceDefaults.Identity;

namespace Network.Equipment.Api;

/// <summary>Who may see and do what with the shared pool: the owner's users, the borrower's users, the
/// coordinator.</summary>
internal static class Access
{
    /// <summary>Partner users acting for a partner, and the coordinator, browse the catalogue.</summary>
    public static bool MayBrowse(Caller caller) => caller.IsCoordinator || caller.StaffPartnerId is not null;

    public static bool IsOwner(Caller caller, Item item) => caller.IsStaffOf(item.OwnerId);

    public static bool IsOwner(Caller caller, Reservation reservation) => caller.IsStaffOf(reservation.OwnerId);

    public static bool IsBorrower(Caller caller, Reservation reservation) => caller.IsStaffOf(reservation.BorrowerId);

    /// <summary>The coordinator reads every item; a partner its own and the other partners' shared ones.</summary>
    public static bool MaySee(Caller caller, Item item) =>
        caller.IsCoordinator || (caller.StaffPartnerId is { } partner && item.IsVisibleTo(partner));

    /// <summary>Only the two parties of a loan know it exists.</summary>
    public static bool IsParty(Caller caller, Reservation reservation) =>
        IsOwner(caller, reservation) || IsBorrower(caller, reservation);
}
