namespace Network.Portal.Api;

// What the portal reads of the referrals service's answers (its OpenAPI document); fields it does not show are left
// out. Names and contacts are null once the referral's personal data is erased.

/// <summary>A referral as the boxes list it: the resident as a first name, an initial and a commune.</summary>
public sealed record ReferralSummary(
    Guid Id,
    Guid FromPartnerId,
    Guid ToPartnerId,
    ResidentSummary Resident,
    IReadOnlyList<string> Needs,
    string Urgency,
    string Status,
    DateTimeOffset CreatedAt
);

/// <summary>The resident as the boxes list them; null names once erased.</summary>
public sealed record ResidentSummary(string? FirstName, string? LastNameInitial, string Commune);

/// <summary>The full record, whose every read the service writes to the referral's access log.</summary>
public sealed record Referral(
    Guid Id,
    Guid FromPartnerId,
    Guid ToPartnerId,
    ReferredResident Resident,
    IReadOnlyList<string> Needs,
    string? Note,
    string Urgency,
    ReferralConsent Consent,
    Guid? EventId,
    string? EventRegistration,
    string Status,
    DateTimeOffset? AppointmentAt,
    string? AcceptanceNote,
    string? Outcome,
    string? DeclineReason,
    string? DeclineMessage,
    string? CancellationReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ErasedAt
)
{
    /// <summary>Sent or accepted: the receiver still has something to do.</summary>
    public bool IsOpen => Status is "sent" or "accepted";
}

public sealed record ReferredResident(
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Email,
    int? BirthYear,
    string Commune
);

public sealed record ReferralConsent(string Method, DateTimeOffset ObtainedAt, DateTimeOffset? WithdrawnAt);

/// <summary>A step of the referral's history: who (a user name, or <c>system</c>), when, to which status, and a
/// coded reason.</summary>
public sealed record ReferralHistoryEntry(
    DateTimeOffset At,
    string? ByUserName,
    Guid? ByPartnerId,
    string? From,
    string To,
    string? Reason
);

/// <summary>A message of the thread between the two structures; its text is null once erased.</summary>
public sealed record ReferralComment(Guid AuthorPartnerId, string? AuthorName, string? Text, DateTimeOffset CreatedAt);

/// <summary>A read of the resident's personal data.</summary>
public sealed record ReferralRead(DateTimeOffset At, string? UserName, Guid PartnerId);
