namespace Network.Contracts.Events;

/// <summary>A draft became visible to the public.</summary>
public sealed record EventPublished(EventSnapshot Event, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The event moved in time; registrants are told by the events service.</summary>
public sealed record EventRescheduled(
    EventSnapshot Event,
    DateTimeOffset PreviousStartsAt,
    DateTimeOffset PreviousEndsAt,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>
/// A published event changed otherwise than in time (its co-organisers, category, place, capacity or accessibility):
/// the snapshot as it now is. A change of time is <see cref="EventRescheduled"/>.
/// </summary>
public sealed record EventUpdated(EventSnapshot Event, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The event will not take place.</summary>
public sealed record EventCancelled(EventSnapshot Event, int ConfirmedSeats, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>Seats confirmed at registration.</summary>
public sealed record RegistrationConfirmed(
    Guid RegistrationId,
    EventSnapshot Event,
    int Seats,
    bool ByStaff,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>Seats asked for while the event was full.</summary>
public sealed record RegistrationWaitlisted(
    Guid RegistrationId,
    EventSnapshot Event,
    int Seats,
    bool ByStaff,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>A registration given up; <see cref="WasConfirmed"/> tells whether seats were freed.</summary>
public sealed record RegistrationCancelled(
    Guid RegistrationId,
    EventSnapshot Event,
    int Seats,
    bool WasConfirmed,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>A waitlisted registration got its seats.</summary>
public sealed record WaitlistPromoted(Guid RegistrationId, EventSnapshot Event, int Seats, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// Who came, in seats: <see cref="Registered"/> confirmed seats, of which <see cref="Present"/> came and
/// <see cref="NoShows"/> did not, plus <see cref="WalkIns"/> who came without registering. Sent again, replacing, when
/// corrected.
/// </summary>
public sealed record AttendanceRecorded(
    EventSnapshot Event,
    int Registered,
    int Present,
    int NoShows,
    int WalkIns,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>A published event has ended.</summary>
public sealed record EventCompleted(EventSnapshot Event, int ConfirmedSeats, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
