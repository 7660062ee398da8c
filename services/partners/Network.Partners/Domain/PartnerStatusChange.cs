namespace Network.Partners.Domain;

/// <summary>One step of a partner's life cycle: who moved it, when, from where to where, and why.</summary>
public sealed record PartnerStatusChange(
    PartnerStatus? From,
    PartnerStatus To,
    string? Reason,
    string By,
    DateTimeOffset At
);
