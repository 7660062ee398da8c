using Network.Contracts.Events;

namespace Network.Activity.ReadModels;

/// <summary>
/// The latest known facts about one event: where, when and by whom (from the newest snapshot), whether it was
/// published or cancelled, its confirmed seats and its latest attendance record. Each message sets only what it knows,
/// so that the same messages give the same row whatever order they arrive in.
/// </summary>
public sealed class EventActivity : IVersionedRow
{
    private EventActivity() { }

    public Guid Id { get; private set; }

    public Guid OrganiserId { get; private set; }

    public string Category { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public int? Capacity { get; private set; }

    /// <summary>When the snapshot kept here was taken; an older snapshot arriving late changes nothing.</summary>
    public DateTimeOffset SnapshotAsOf { get; private set; }

    public bool Published { get; private set; }

    public bool Cancelled { get; private set; }

    public bool Completed { get; private set; }

    /// <summary>Seats of registrations confirmed (or promoted) and not cancelled.</summary>
    public int ConfirmedSeats { get; internal set; }

    /// <summary>When the attendance kept here was recorded; null until it is. A correction replaces it.</summary>
    public DateTimeOffset? AttendanceAsOf { get; private set; }

    public int Registered { get; private set; }

    public int Present { get; private set; }

    public int NoShows { get; private set; }

    public int WalkIns { get; private set; }

    public long Version { get; set; }

    public static EventActivity Create(Guid id) => new() { Id = id, SnapshotAsOf = DateTimeOffset.MinValue };

    public void Describe(EventSnapshot snapshot, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (occurredAt < SnapshotAsOf)
        {
            return;
        }

        OrganiserId = snapshot.OrganiserId;
        Category = snapshot.Category;
        Commune = snapshot.Commune;
        StartsAt = snapshot.StartsAt.ToUniversalTime();
        Capacity = snapshot.Capacity;
        SnapshotAsOf = occurredAt;
    }

    public void MarkPublished() => Published = true;

    public void MarkCancelled() => Cancelled = true;

    public void MarkCompleted() => Completed = true;

    public void RecordAttendance(AttendanceRecorded attendance)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        if (AttendanceAsOf is { } recorded && attendance.OccurredAt < recorded)
        {
            return;
        }

        Registered = attendance.Registered;
        Present = attendance.Present;
        NoShows = attendance.NoShows;
        WalkIns = attendance.WalkIns;
        AttendanceAsOf = attendance.OccurredAt;
    }
}
