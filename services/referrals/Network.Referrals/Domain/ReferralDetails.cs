namespace Network.Referrals.Domain;

/// <summary>What the sending partner says when it refers a resident; validated before it gets here.</summary>
public sealed record ReferralDetails(
    Guid ToPartnerId,
    Resident Resident,
    IReadOnlyList<string> Needs,
    string? Note,
    Urgency Urgency,
    Consent Consent,
    Guid? EventId
);
