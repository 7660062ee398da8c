namespace Network.Contracts.Partners;

/// <summary>The coordinator suspended a partner: it can publish nothing new until reactivated.</summary>
public sealed record PartnerSuspended(
    Guid PartnerId,
    string Name,
    string Kind,
    string Status,
    string PostalCode,
    string Commune,
    string? InseeCode,
    double? Latitude,
    double? Longitude,
    DateTimeOffset OccurredAt) : IPartnerSnapshot;
