namespace Network.Partners.Domain;

/// <summary>Where a partner receives the public.</summary>
public sealed record Address(
    string Street,
    string PostalCode,
    string Commune,
    string? InseeCode,
    double? Latitude,
    double? Longitude
);
