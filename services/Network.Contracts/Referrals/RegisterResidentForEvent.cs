namespace Network.Contracts.Referrals;

/// <summary>
/// A command the referrals service sends to the events service: hold seats at an event for a referred
/// resident. As a command to one service it carries the minimum personal data the registration needs
/// (a first name and a way to reach the person); the answers published in return carry none.
/// </summary>
public sealed record RegisterResidentForEvent(
    Guid ReferralId,
    Guid EventId,
    string FirstName,
    string? Email,
    string? Phone,
    int Seats,
    DateTimeOffset OccurredAt) : IIntegrationEvent
{
    /// <summary>The queue of the events service that takes the command.</summary>
    public const string Queue = "events-register-resident-for-event";
}
