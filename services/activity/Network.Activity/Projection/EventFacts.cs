using Network.Activity.ReadModels;
using Network.Contracts;
using Network.Contracts.Events;

namespace Network.Activity.Projection;

/// <summary>The events service's facts applied to the event and registration rows.</summary>
internal static class EventFacts
{
    public static async Task<bool> ApplyAsync(
        IIntegrationEvent message,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        switch (message)
        {
            case EventPublished m:
                (await DescribeAsync(m.Event, m.OccurredAt, store, cancellationToken)).MarkPublished();
                return true;
            case EventRescheduled m:
                await DescribeAsync(m.Event, m.OccurredAt, store, cancellationToken);
                return true;
            case EventCancelled m:
                (await DescribeAsync(m.Event, m.OccurredAt, store, cancellationToken)).MarkCancelled();
                return true;
            case EventCompleted m:
                (await DescribeAsync(m.Event, m.OccurredAt, store, cancellationToken)).MarkCompleted();
                return true;
            case AttendanceRecorded m:
                (await DescribeAsync(m.Event, m.OccurredAt, store, cancellationToken)).RecordAttendance(m);
                return true;
            case RegistrationConfirmed m:
                await RegistrationAsync(
                    m.RegistrationId,
                    m.Event,
                    m.OccurredAt,
                    store,
                    registration => registration.Confirm(m.Seats),
                    cancellationToken
                );
                return true;
            case RegistrationWaitlisted m:
                await RegistrationAsync(
                    m.RegistrationId,
                    m.Event,
                    m.OccurredAt,
                    store,
                    registration => registration.Ask(m.Seats),
                    cancellationToken
                );
                return true;
            case WaitlistPromoted m:
                await RegistrationAsync(
                    m.RegistrationId,
                    m.Event,
                    m.OccurredAt,
                    store,
                    registration => registration.Confirm(m.Seats),
                    cancellationToken
                );
                return true;
            case RegistrationCancelled m:
                await RegistrationAsync(
                    m.RegistrationId,
                    m.Event,
                    m.OccurredAt,
                    store,
                    registration => registration.Cancel(m.Seats, m.WasConfirmed),
                    cancellationToken
                );
                return true;

            // Kept for a rebuild under a future definition; a referred resident's seats are counted by
            // RegistrationConfirmed.
            case ReferralRegistrationConfirmed
            or ReferralRegistrationWaitlisted
            or ReferralRegistrationRefused
            or ReferralAttendanceRecorded:
                return true;
            default:
                return false;
        }
    }

    private static async Task<EventActivity> DescribeAsync(
        EventSnapshot snapshot,
        DateTimeOffset occurredAt,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        var row = await store.GetOrAddAsync(snapshot.EventId, EventActivity.Create, cancellationToken);
        row.Describe(snapshot, occurredAt);
        return row;
    }

    /// <summary>Changes a registration and moves its event's confirmed seats by the difference, whatever the order of
    /// arrival.</summary>
    private static async Task RegistrationAsync(
        Guid registrationId,
        EventSnapshot snapshot,
        DateTimeOffset occurredAt,
        IReadModelStore store,
        Action<RegistrationActivity> change,
        CancellationToken cancellationToken
    )
    {
        var row = await DescribeAsync(snapshot, occurredAt, store, cancellationToken);
        var registration = await store.GetOrAddAsync(
            registrationId,
            id => RegistrationActivity.Create(id, snapshot.EventId),
            cancellationToken
        );
        var before = registration.ConfirmedSeats;
        change(registration);
        row.ConfirmedSeats += registration.ConfirmedSeats - before;
    }
}
