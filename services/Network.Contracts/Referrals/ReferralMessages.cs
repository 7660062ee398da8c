namespace Network.Contracts.Referrals;

// The facts the referrals service publishes. None carries a resident's personal data: ids, partners, need
// codes, the resident's commune (for statistics by commune), coded reasons, durations and instants only.

/// <summary>A partner referred a resident to another; <see cref="Needs"/> are need codes, <see cref="Urgency"/> normal
/// or urgent.</summary>
public sealed record ReferralSent(
    Guid ReferralId,
    Guid FromPartnerId,
    Guid ToPartnerId,
    IReadOnlyList<string> Needs,
    string Urgency,
    string Commune,
    Guid? EventId,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The receiver accepted, <see cref="HoursToAnswer"/> after the referral was sent.</summary>
public sealed record ReferralAccepted(
    Guid ReferralId,
    Guid FromPartnerId,
    Guid ToPartnerId,
    double HoursToAnswer,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The receiver declined, with a reason code of the contract's list.</summary>
public sealed record ReferralDeclined(
    Guid ReferralId,
    Guid FromPartnerId,
    Guid ToPartnerId,
    string Reason,
    double HoursToAnswer,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The resident was helped.</summary>
public sealed record ReferralCompleted(Guid ReferralId, Guid FromPartnerId, Guid ToPartnerId, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>The resident did not come.</summary>
public sealed record ReferralNoShow(Guid ReferralId, Guid FromPartnerId, Guid ToPartnerId, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>The referral was cancelled while open; <see cref="Reason"/> is <c>by-sender</c> or
/// <c>consent-withdrawn</c>.</summary>
public sealed record ReferralCancelled(
    Guid ReferralId,
    Guid FromPartnerId,
    Guid ToPartnerId,
    string PreviousStatus,
    string Reason,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>Nobody answered within the answer period.</summary>
public sealed record ReferralExpired(Guid ReferralId, Guid FromPartnerId, Guid ToPartnerId, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>The referral still waits for an answer, <see cref="DaysWaiting"/> days after it was sent: the receiver is
/// reminded.</summary>
public sealed record ReferralAnswerOverdue(
    Guid ReferralId,
    Guid FromPartnerId,
    Guid ToPartnerId,
    int DaysWaiting,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;

/// <summary>The resident's personal data was wiped; <see cref="Cause"/> is <c>request</c>, <c>consent-withdrawn</c> or
/// <c>retention</c>.</summary>
public sealed record ReferralErased(
    Guid ReferralId,
    Guid FromPartnerId,
    Guid ToPartnerId,
    string Cause,
    DateTimeOffset OccurredAt
) : IIntegrationEvent;
