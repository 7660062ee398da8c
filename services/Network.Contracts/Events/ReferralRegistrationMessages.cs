namespace Network.Contracts.Events;

/// <summary>The referred resident has seats at the event.</summary>
public sealed record ReferralRegistrationConfirmed(
    Guid ReferralId,
    Guid EventId,
    Guid RegistrationId,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The event is full: the referred resident waits, at <see cref="WaitlistPosition"/>.</summary>
public sealed record ReferralRegistrationWaitlisted(
    Guid ReferralId,
    Guid EventId,
    Guid RegistrationId,
    int WaitlistPosition,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>
/// The event cannot take the resident: <see cref="Reason"/> is <c>unknown-event</c>, <c>not-open</c> (not published,
/// cancelled or already started) or <c>erased</c> (the referral was erased before its command arrived).
/// </summary>
public sealed record ReferralRegistrationRefused(
    Guid ReferralId,
    Guid EventId,
    string Reason,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>Attendance was recorded: whether the referred resident came.</summary>
public sealed record ReferralAttendanceRecorded(Guid ReferralId, Guid EventId, bool Attended, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
