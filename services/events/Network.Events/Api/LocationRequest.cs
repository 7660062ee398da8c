using System.ComponentModel.DataAnnotations;
using Network.Events.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Events.Api;

/// <param name="Name">The place's name, one line (required).</param>
/// <param name="Street">The street and number.</param>
/// <param name="PostalCode">The five-digit postal code (required).</param>
/// <param name="Commune">The commune (required).</param>
/// <param name="Latitude">Latitude in decimal degrees (WGS 84), given with the longitude.</param>
/// <param name="Longitude">Longitude in decimal degrees (WGS 84), given with the latitude.</param>
/// <param name="Online">Whether the event happens online.</param>
/// <param name="Url">The link to join, required online.</param>
public sealed record LocationRequest(
    [property: Required(ErrorMessage = "Le nom du lieu est obligatoire.")]
    [property: MaxLength(200, ErrorMessage = "Le nom du lieu fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Name = null,
    [property: MaxLength(200, ErrorMessage = "La rue fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Street = null,
    [property: Required(ErrorMessage = PostalCodeAttribute.Message)] [property: PostalCode] string? PostalCode = null,
    [property: Required(ErrorMessage = "La commune est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "La commune fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Commune = null,
    [property: Latitude] double? Latitude = null,
    [property: Longitude] double? Longitude = null,
    bool Online = false,
    [property: WebAddress(ErrorMessage = "Le lien est une adresse complète en http:// ou https://.")]
    [property: MaxLength(500, ErrorMessage = "Le lien fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Url = null
) : IRequestRules
{
    public void Check(ValidationErrors errors, IServiceProvider services) =>
        errors.Require(!Online || Url is not null, "url", "Un événement en ligne donne son lien.");

    public EventLocation ToLocation() =>
        new(Name!.Trim(), Street?.Trim(), PostalCode!, Commune!.Trim(), Latitude, Longitude, Online, Url);
}
