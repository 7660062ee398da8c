namespace Network.Contracts.Partners;

/// <summary>A suspended partner is active again.</summary>
public sealed record PartnerReactivated(
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
