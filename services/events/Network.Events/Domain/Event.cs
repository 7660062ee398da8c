using Network.ServiceDefaults.Persistence;

namespace Network.Events.Domain;

/// <summary>
/// Something a partner organises. Its capacity is a hard promise: confirmed seats never exceed it. The
/// counters live on the event, whose version makes two racing registrations serialise: one of them
/// retries against the new counts.
/// </summary>
public sealed class Event : IVersioned
{
    /// <summary>The longest an event lasts; longer activities are series. It also bounds the searches by
    /// time.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(31);

    private Event() { }

    public Guid Id { get; private set; }

    public Guid OrganiserId { get; private set; }

    /// <summary>The series this event is an occurrence of, if it was created with a recurrence.</summary>
    public Guid? SeriesId { get; private set; }

    /// <summary>Raised by every change a calendar must show (details, publication, cancellation): the iCalendar
    /// SEQUENCE.</summary>
    public int Revision { get; private set; }

    public List<Guid> CoOrganiserIds { get; private set; } = [];

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public EventCategory Category { get; private set; }

    public List<string> Audiences { get; private set; } = [];

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string TimeZone { get; private set; } = "Europe/Paris";

    public EventLocation Location { get; private set; } = null!;

    public EventAccessibility Accessibility { get; private set; } = new();

    /// <summary>Null: unlimited.</summary>
    public int? Capacity { get; private set; }

    public bool RegistrationRequired { get; private set; }

    public EventStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Seats of confirmed registrations.</summary>
    public int SeatsTaken { get; private set; }

    public int WaitlistLength { get; private set; }

    /// <summary>People who came without registering; null until attendance is recorded.</summary>
    public int? WalkIns { get; private set; }

    /// <summary>The arrival number given to the next registration.</summary>
    public long NextSequence { get; private set; } = 1;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the event was first published; an event never published stays out of public feeds even once
    /// cancelled.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; set; }

    public int? SeatsLeft => Capacity is { } capacity ? capacity - SeatsTaken : null;

    public static Event Draft(Guid organiserId, EventDetails details, DateTimeOffset now, Guid? seriesId = null)
    {
        var created = new Event
        {
            Id = Guid.CreateVersion7(now),
            OrganiserId = organiserId,
            SeriesId = seriesId,
            Status = EventStatus.Draft,
            CreatedAt = now,
        };
        created.Apply(details, now);
        return created;
    }

    /// <summary>The organiser and its co-organisers manage the event.</summary>
    public bool IsOrganisedBy(Guid partnerId) => OrganiserId == partnerId || CoOrganiserIds.Contains(partnerId);

    public bool Publish(DateTimeOffset now)
    {
        if (Status != EventStatus.Draft)
        {
            return false;
        }

        Status = EventStatus.Published;
        PublishedAt = now;
        Revision++;
        UpdatedAt = now;
        return true;
    }

    public bool Cancel(string reason, DateTimeOffset now)
    {
        if (Status is EventStatus.Cancelled or EventStatus.Completed)
        {
            return false;
        }

        Status = EventStatus.Cancelled;
        CancellationReason = reason;
        Revision++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Open for registrations: published and not started yet.</summary>
    public bool AcceptsRegistrations(DateTimeOffset now) => Status == EventStatus.Published && now < StartsAt;

    /// <summary>Whether <paramref name="seats"/> fit in what is left, or would go to the waitlist.</summary>
    public bool WouldConfirm(int seats) => Capacity is not { } capacity || SeatsTaken + seats <= capacity;

    /// <summary>
    /// Confirms the seats if they fit in what is left, otherwise waitlists them; the caller stores the
    /// registration with the event in one save, guarded by the event's version.
    /// </summary>
    public Registration Register(RegistrationRequest request, string cancellationTokenHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fits = WouldConfirm(request.Seats);
        var registration = Registration.Create(
            Id,
            request,
            NextSequence++,
            fits ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
            cancellationTokenHash,
            now
        );
        if (fits)
        {
            SeatsTaken += request.Seats;
        }
        else
        {
            WaitlistLength++;
        }

        UpdatedAt = now;
        return registration;
    }

    /// <summary>
    /// Cancels <paramref name="registration"/>; freed seats go to the waitlist in arrival order, skipping
    /// registrations too large for what is free. Returns the promoted registrations.
    /// </summary>
    public IReadOnlyList<Registration> CancelRegistration(
        Registration registration,
        IEnumerable<Registration> waitlist,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            return [];
        }

        if (registration.Status == RegistrationStatus.Confirmed)
        {
            SeatsTaken -= registration.Seats;
        }
        else
        {
            WaitlistLength--;
        }

        registration.Cancel(now);
        UpdatedAt = now;
        return Promote(waitlist, now);
    }

    /// <summary>
    /// Replaces the details of an event that has not happened; a capacity below the confirmed seats is
    /// refused (null), a larger one promotes from the waitlist. Returns the promoted registrations.
    /// </summary>
    public IReadOnlyList<Registration>? Update(
        EventDetails details,
        IEnumerable<Registration> waitlist,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Status is EventStatus.Cancelled or EventStatus.Completed || details.Capacity < SeatsTaken)
        {
            return null;
        }

        Apply(details, now);
        Revision++;
        return Promote(waitlist, now);
    }

    /// <summary>Gives free seats to the waitlist in arrival order, skipping registrations too large for what is
    /// free.</summary>
    private List<Registration> Promote(IEnumerable<Registration> waitlist, DateTimeOffset now)
    {
        var promoted = new List<Registration>();
        foreach (var waiting in waitlist.Where(r => r.Status == RegistrationStatus.Waitlisted).OrderBy(r => r.Sequence))
        {
            if (Capacity is { } capacity && SeatsTaken + waiting.Seats > capacity)
            {
                continue;
            }

            waiting.Confirm(now);
            SeatsTaken += waiting.Seats;
            WaitlistLength--;
            promoted.Add(waiting);
        }

        return promoted;
    }

    /// <summary>
    /// After the start: the confirmed registrations in <paramref name="presentIds"/> came, the others did not;
    /// recording again replaces the previous record. False before the start or for a cancelled event.
    /// </summary>
    public bool RecordAttendance(
        IReadOnlyCollection<Guid> presentIds,
        int walkIns,
        IEnumerable<Registration> confirmed,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(presentIds);
        if (now < StartsAt || Status is not (EventStatus.Published or EventStatus.Completed))
        {
            return false;
        }

        foreach (var registration in confirmed)
        {
            registration.MarkAttendance(presentIds.Contains(registration.Id), now);
        }

        WalkIns = walkIns;
        UpdatedAt = now;
        return true;
    }

    /// <summary>A published event that has ended is completed.</summary>
    public bool Complete(DateTimeOffset now)
    {
        if (Status != EventStatus.Published || now < EndsAt)
        {
            return false;
        }

        Status = EventStatus.Completed;
        UpdatedAt = now;
        return true;
    }

    private void Apply(EventDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Title = details.Title;
        Description = details.Description;
        Category = details.Category;
        Audiences = [.. details.Audiences];
        CoOrganiserIds = [.. details.CoOrganiserIds];
        StartsAt = details.StartsAt;
        EndsAt = details.EndsAt;
        TimeZone = details.TimeZone;
        Location = details.Location;
        // Each event owns its copy, as EF Core stores an owned value once per owner.
        Accessibility = details.Accessibility with { };
        Capacity = details.Capacity;
        RegistrationRequired = details.RegistrationRequired;
        UpdatedAt = now;
    }
}

/// <summary>What an organiser says about an event; validated before it gets here.</summary>
public sealed record EventDetails(
    string Title,
    string Description,
    EventCategory Category,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<Guid> CoOrganiserIds,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    EventLocation Location,
    int? Capacity,
    bool RegistrationRequired,
    EventAccessibility Accessibility
);
