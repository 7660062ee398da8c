using Network.Events.Domain;

namespace Network.Events.Api;

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
    Guid? SeriesId)
{
    public static EventResponse From(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventResponse(
            e.Id, e.OrganiserId, e.CoOrganiserIds, e.Title, e.Description, e.Category, e.Audiences, e.StartsAt, e.EndsAt, e.TimeZone,
            e.Location, e.Capacity, e.RegistrationRequired, e.Status, e.SeatsTaken, e.SeatsLeft, e.WaitlistLength, e.CancellationReason, e.SeriesId);
    }
}

/// <summary>A registration as its holder sees it; <c>cancellationToken</c> only in the answer that created it.</summary>
public sealed record RegistrationResponse(
    Guid Id,
    Guid EventId,
    RegistrationStatus Status,
    int Seats,
    int? WaitlistPosition,
    string? CancellationToken);

/// <summary>The attendee list, for the organiser's staff: it holds personal data.</summary>
/// <param name="UndeliveredNotices">Changes the platform could not tell this person by e-mail: the staff call them.</param>
/// <param name="ReferralId">A resident referred to the event: the referral holds their contacts, read (and logged) there.</param>
public sealed record AttendeeResponse(
    Guid Id, string FirstName, string? LastName, string? Email, string? Phone, int Seats, RegistrationStatus Status, int? WaitlistPosition, bool ByStaff,
    DateTimeOffset CreatedAt, int UndeliveredNotices, Guid? ReferralId);
