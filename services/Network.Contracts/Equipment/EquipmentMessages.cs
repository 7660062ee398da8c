namespace Network.Contracts.Equipment;

/// <summary>An owner added an item to the pool; <see cref="Shareable"/> says whether other partners may borrow
/// it.</summary>
public sealed record EquipmentRegistered(EquipmentSnapshot Equipment, bool Shareable, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>An item left the pool for good; its reservations still to come were cancelled.</summary>
public sealed record EquipmentRetired(EquipmentSnapshot Equipment, int CancelledReservations, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>A partner asked to borrow an item; <see cref="ApprovalRequired"/> false when it was approved at
/// once.</summary>
public sealed record ReservationRequested(
    ReservationSnapshot Reservation,
    bool ApprovalRequired,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The window is held for the borrower; <see cref="Automatically"/> when no one had to approve it.</summary>
public sealed record ReservationApproved(ReservationSnapshot Reservation, bool Automatically, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>The owner refused a request.</summary>
public sealed record ReservationRejected(ReservationSnapshot Reservation, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// A requested or approved reservation was called off. <see cref="CancelledBy"/>: <c>borrower</c>, <c>owner</c>,
/// <c>item-retired</c> or <c>borrower-left-network</c> (the borrower was suspended or archived).
/// </summary>
public sealed record ReservationCancelled(
    ReservationSnapshot Reservation,
    string CancelledBy,
    bool WasApproved,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The borrower keeps the item longer; <see cref="Reservation"/> carries the new end.</summary>
public sealed record ReservationExtended(
    ReservationSnapshot Reservation,
    DateTimeOffset PreviousTo,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The owner handed the item over to the borrower.</summary>
public sealed record EquipmentCheckedOut(ReservationSnapshot Reservation, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// The item came back. <see cref="Condition"/>: <c>good</c>, <c>fair</c> or <c>damaged</c>; <see cref="LoanDays"/>:
/// started days between hand-over and return (at least 1); <see cref="Late"/> when it came back after the end.
/// </summary>
public sealed record EquipmentReturned(
    ReservationSnapshot Reservation,
    string Condition,
    int LoanDays,
    bool Late,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>A checked-out item was not back at the end of its reservation.</summary>
public sealed record LoanOverdue(ReservationSnapshot Reservation, DateTimeOffset OccurredAt) : IIntegrationEvent;
