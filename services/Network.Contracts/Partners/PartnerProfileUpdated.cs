namespace Network.Contracts.Partners;

/// <summary>A partner's profile changed (name, kind, address...).</summary>
public sealed record PartnerProfileUpdated(
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
