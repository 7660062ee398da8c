namespace Network.Contracts.Referrals;

/// <summary>
/// A command the referrals service sends to the events service: hold seats at an event for a referred
/// resident. It carries what the organiser's attendee list shows of a referred resident, as the referral's lists
/// do: a first name and the initial of the last name. The contacts stay in the referral, read through it (and
/// logged there); the answers published in return carry nothing personal.
/// </summary>
public sealed record RegisterResidentForEvent(
    Guid ReferralId,
    Guid EventId,
    string FirstName,
    string? LastNameInitial,
    int Seats,
    DateTimeOffset OccurredAt
) : IIntegrationEvent
{
    /// <summary>The queue of the events service that takes the command.</summary>
    public const string Queue = "events-register-resident-for-event";
}
