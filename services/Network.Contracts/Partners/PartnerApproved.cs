namespace Network.Contracts.Partners;

/// <summary>The coordinator approved a pending partner: it is active.</summary>
public sealed record PartnerApproved(
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
