namespace Network.Contracts.Partners;

/// <summary>A partner joined the directory: created active by the coordinator, or applying as pending.</summary>
public sealed record PartnerRegistered(
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
