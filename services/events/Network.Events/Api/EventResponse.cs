using Network.Events.Domain;

namespace Network.Events.Api;

/// <param name="Id">The event's id.</param>
/// <param name="OrganiserId">The partner that organises the event.</param>
/// <param name="CoOrganiserIds">Other partners that organise it too.</param>
/// <param name="Title">The event's title.</param>
/// <param name="Description">What happens at the event.</param>
/// <param name="Category">The kind of event.</param>
/// <param name="Audiences">Who the event is for.</param>
/// <param name="StartsAt">When the event starts.</param>
/// <param name="EndsAt">When the event ends.</param>
/// <param name="TimeZone">The IANA time zone of the event's times.</param>
/// <param name="Location">Where the event happens.</param>
/// <param name="Capacity">Seats offered; null when unlimited.</param>
/// <param name="RegistrationRequired">Whether people register to come.</param>
/// <param name="Status">Draft, published, cancelled or completed.</param>
/// <param name="SeatsTaken">Seats held by confirmed registrations.</param>
/// <param name="SeatsLeft">Seats still free; null when unlimited.</param>
/// <param name="WaitlistLength">Seats waiting on the waitlist.</param>
/// <param name="CancellationReason">Why the event was cancelled, when it was.</param>
/// <param name="SeriesId">The series the event belongs to, if it repeats.</param>
/// <param name="Accessibility">What the event offers people with a disability.</param>
/// <param name="WalkIns">People who came without registering, once attendance is recorded; null before.</param>
public sealed record EventResponse(
    Guid Id,
    Guid OrganiserId,
    IReadOnlyList<Guid> CoOrganiserIds,
    string Title,
    string Description,
    EventCategory Category,
    IReadOnlyList<string> Audiences,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    EventLocation Location,
    int? Capacity,
    bool RegistrationRequired,
    EventStatus Status,
    int SeatsTaken,
    int? SeatsLeft,
    int WaitlistLength,
    string? CancellationReason,
    Guid? SeriesId,
    EventAccessibility Accessibility,
    int? WalkIns
)
{
    public static EventResponse From(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventResponse(
            e.Id,
            e.OrganiserId,
            e.CoOrganiserIds,
            e.Title,
            e.Description,
            e.Category,
            e.Audiences,
            e.StartsAt,
            e.EndsAt,
            e.TimeZone,
            e.Location,
            e.Capacity,
            e.RegistrationRequired,
            e.Status,
            e.SeatsTaken,
            e.SeatsLeft,
            e.WaitlistLength,
            e.CancellationReason,
            e.SeriesId,
            e.Accessibility,
            e.WalkIns
        );
    }
}

/// <summary>A registration as its holder sees it; <c>cancellationToken</c> only in the answer that created
/// it.</summary>
/// <param name="Id">The registration's id.</param>
/// <param name="EventId">The event it holds seats at.</param>
/// <param name="Status">`confirmed` or `waitlisted` (`cancelled` once given up).</param>
/// <param name="Seats">Seats held, the person included.</param>
/// <param name="WaitlistPosition">Its place in the waitlist (1 is next), null when confirmed.</param>
/// <param name="CancellationToken">The secret of the cancellation link (`?token=`); only in the answer that created the
/// registration.</param>
public sealed record RegistrationResponse(
    Guid Id,
    Guid EventId,
    RegistrationStatus Status,
    int Seats,
    int? WaitlistPosition,
    string? CancellationToken
);

/// <summary>The attendee list, for the organiser's staff: it holds personal data.</summary>
/// <param name="UndeliveredNotices">Changes the platform could not tell this person by e-mail: the staff call
/// them.</param>
/// <param name="ReferralId">A resident referred to the event: the referral holds their contacts, read (and logged)
/// there.</param>
/// <param name="Id">The registration's id.</param>
/// <param name="FirstName">The person's first name.</param>
/// <param name="LastName">The last name, or its initial for a referred resident.</param>
/// <param name="Email">The e-mail address, when given.</param>
/// <param name="Phone">The phone number in E.164, when given.</param>
/// <param name="Seats">Seats the registration holds.</param>
/// <param name="Status">Confirmed, waitlisted or cancelled.</param>
/// <param name="WaitlistPosition">Its place on the waitlist, from 1, while waitlisted.</param>
/// <param name="ByStaff">Whether the partner's staff registered the person.</param>
/// <param name="CreatedAt">When the person registered (UTC).</param>
/// <param name="Attended">Whether the person came, once attendance is recorded; null before, and for registrations
/// not confirmed.</param>
public sealed record AttendeeResponse(
    Guid Id,
    string FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    int Seats,
    RegistrationStatus Status,
    int? WaitlistPosition,
    bool ByStaff,
    DateTimeOffset CreatedAt,
    int UndeliveredNotices,
    Guid? ReferralId,
    bool? Attended
);
