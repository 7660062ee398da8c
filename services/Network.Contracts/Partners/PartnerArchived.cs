namespace Network.Contracts.Partners;

/// <summary>A partner left the network for good.</summary>
public sealed record PartnerArchived(
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
