namespace Network.Events.Domain;

/// <summary>Where an event happens: a place, or online with its link.</summary>
public sealed record EventLocation(
    string Name,
    string? Street,
    string PostalCode,
    string Commune,
    double? Latitude,
    double? Longitude,
    bool Online,
    string? Url);
