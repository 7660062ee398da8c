using System.ComponentModel.DataAnnotations;
using Network.Partners.Domain;
using Network.Partners.Validation;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Partners.Api;

/// <param name="Street">The street and number (required).</param>
/// <param name="PostalCode">The five-digit postal code (required).</param>
/// <param name="Commune">The commune (required).</param>
/// <param name="InseeCode">The commune's five-character INSEE code (optional).</param>
/// <param name="Latitude">Latitude in decimal degrees (WGS 84), given with the longitude.</param>
/// <param name="Longitude">Longitude in decimal degrees (WGS 84), given with the latitude.</param>
public sealed record AddressRequest(
    [property: Required(ErrorMessage = "La rue est obligatoire.")]
    [property: MaxLength(200, ErrorMessage = "La rue fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Street = null,
    [property: Required(ErrorMessage = PostalCodeAttribute.Message)] [property: PostalCode] string? PostalCode = null,
    [property: Required(ErrorMessage = "La commune est obligatoire.")]
    [property: MaxLength(100, ErrorMessage = "La commune fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Commune = null,
    // The pattern of the national standard's code_insee.
    [property: Pattern(
        "^([013-9][0-9]|2[AB1-9])[0-9]{3}$",
        ErrorMessage = "Le code INSEE est fait de 5 caractères (ex. 06088, 2A004)."
    )] string? InseeCode = null,
    [property: Latitude] double? Latitude = null,
    [property: Longitude] double? Longitude = null
) : IRequestRules
{
    public void Check(ValidationErrors errors, IServiceProvider services) =>
        errors.Require(
            Latitude.HasValue == Longitude.HasValue,
            "longitude",
            "La latitude et la longitude vont ensemble."
        );

    public Address ToAddress() => new(Street!.Trim(), PostalCode!, Commune!.Trim(), InseeCode, Latitude, Longitude);
}

/// <param name="Email">A contact e-mail address.</param>
/// <param name="Phone">A French or overseas phone number; stored in E.164.</param>
/// <param name="Website">The structure's website, an absolute http(s) URL.</param>
public sealed record ContactRequest(
    [property: MailAddress(WithDomainDot = true, ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [property: MaxLength(254, ErrorMessage = "L'adresse e-mail fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Email = null,
    [property: FrenchPhone(ErrorMessage = "Le numéro de téléphone n'est pas un numéro français valide.")]
    [property: SingleLine]
        string? Phone = null,
    [property: WebAddress(ErrorMessage = "Le site web est une adresse complète en http:// ou https://.")]
    [property: MaxLength(500, ErrorMessage = "Le site web fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Website = null
)
{
    public Contact ToContact() =>
        new(Email, Phone is not null && FrenchPhone.TryNormalize(Phone, out var phone) ? phone : null, Website);
}

/// <param name="Wheelchair">Whether a wheelchair user can enter and be received.</param>
/// <param name="Notes">Details on access, at most 1000 characters.</param>
public sealed record AccessibilityRequest(
    bool Wheelchair = false,
    [property: MaxLength(1000, ErrorMessage = "Les précisions font au plus {1} caractères.")]
    [property: MultiLine]
        string? Notes = null
);
