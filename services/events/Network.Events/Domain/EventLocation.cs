namespace Network.Events.Domain;

/// <summary>Where an event happens: a place, or online with its link.</summary>
/// <param name="Name">The place's name.</param>
/// <param name="Street">The street and number, when given.</param>
/// <param name="PostalCode">The five-digit postal code.</param>
/// <param name="Commune">The commune.</param>
/// <param name="Latitude">Latitude in decimal degrees (WGS 84), when located.</param>
/// <param name="Longitude">Longitude in decimal degrees (WGS 84), when located.</param>
/// <param name="Online">Whether the event happens online.</param>
/// <param name="Url">The link to join an online event.</param>
public sealed record EventLocation(
    string Name,
    string? Street,
    string PostalCode,
    string Commune,
    double? Latitude,
    double? Longitude,
    bool Online,
    string? Url
);
