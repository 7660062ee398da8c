using System.Net.Mail;
using System.Text.RegularExpressions;
using Network.Partners.Domain;
using Network.Partners.Taxonomy;
using Network.Partners.Validation;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>
/// The body of <c>POST</c> and <c>PUT /api/partners</c>. Fields are optional here so that every missing or
/// wrong one is reported at once, named as the client sent it; French messages, for partner staff.
/// </summary>
/// <param name="Name">The structure's name, one line of at most 200 characters (required).</param>
/// <param name="Kind">The kind of structure, a code of `kinds` in `GET /api/partners/taxonomy` (required).</param>
/// <param name="Siret">The SIRET: 14 digits with a valid check key (optional).</param>
/// <param name="Description">What the structure offers, at most 4000 characters; line breaks are kept.</param>
/// <param name="Address">Where the structure receives the public (required).</param>
/// <param name="Contact">How the public and the other partners reach the structure.</param>
/// <param name="Services">The services offered, codes of `services` in the taxonomy.</param>
/// <param name="Publics">The publics received, codes of `publics` in the taxonomy.</param>
/// <param name="Labels">The labels held, codes of `labels` in the taxonomy.</param>
/// <param name="OpeningHours">Opening hours in the OpenStreetMap format, e.g.
/// `Mo-Fr 09:00-12:00,14:00-18:00; PH off`.</param>
/// <param name="Accessibility">Access for people with reduced mobility.</param>
public sealed partial record PartnerProfileRequest(
    string? Name = null,
    string? Kind = null,
    string? Siret = null,
    string? Description = null,
    AddressRequest? Address = null,
    ContactRequest? Contact = null,
    IReadOnlyList<string>? Services = null,
    IReadOnlyList<string>? Publics = null,
    IReadOnlyList<string>? Labels = null,
    string? OpeningHours = null,
    AccessibilityRequest? Accessibility = null
)
{
    /// <summary>The validated profile, or the errors naming every bad field.</summary>
    public (PartnerProfile? Profile, ValidationErrors Errors) Validate(PartnerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), "name", "Le nom est obligatoire.")
            .Require(Name is null || Name.Length <= 200, "name", "Le nom fait au plus 200 caractères.")
            .RequireSingleLine(Name, "name")
            .Require(!string.IsNullOrWhiteSpace(Kind), "kind", "Le type de structure est obligatoire.")
            .Require(
                Kind is null || taxonomy.Kinds.Any(term => term.Code == Kind),
                "kind",
                "Ce type de structure n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
            )
            .Require(
                Siret is null || Validation.Siret.IsValid(Siret),
                "siret",
                "Le SIRET est fait de 14 chiffres avec une clé de contrôle valide."
            )
            .RequireSingleLine(Siret, "siret")
            .Require(
                Description is null || Description.Length <= 4000,
                "description",
                "La description fait au plus 4000 caractères."
            )
            .RequireMultiLine(Description, "description")
            .Require(
                OpeningHours is null || Validation.OpeningHours.IsValid(OpeningHours),
                "openingHours",
                "Les horaires suivent le format OpenStreetMap, par ex. "
                    + "« Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off »."
            )
            .RequireSingleLine(OpeningHours, "openingHours")
            .Require(
                Accessibility?.Notes is null || Accessibility.Notes.Length <= 1000,
                "accessibility.notes",
                "Les précisions font au plus 1000 caractères."
            )
            .RequireMultiLine(Accessibility?.Notes, "accessibility.notes");
        RequireTerms(errors, "services", Services, taxonomy.Services);
        RequireTerms(errors, "publics", Publics, taxonomy.Publics);
        RequireTerms(errors, "labels", Labels, taxonomy.Labels);
        Domain.Address? address = null;
        if (Address is null)
        {
            errors.Add("address", "L'adresse est obligatoire.");
        }
        else
        {
            address = Address.Validate(errors, "address");
        }

        var contact = (Contact ?? new ContactRequest()).Validate(errors, "contact");
        if (!errors.IsEmpty || address is null || contact is null)
        {
            return (null, errors);
        }

        return (
            new PartnerProfile(
                Name!.Trim(),
                Kind!,
                Siret,
                Description?.Trim() ?? "",
                address,
                contact,
                Services?.Distinct().ToList() ?? [],
                Publics?.Distinct().ToList() ?? [],
                Labels?.Distinct().ToList() ?? [],
                OpeningHours?.Trim(),
                new Accessibility(Accessibility?.Wheelchair ?? false, Accessibility?.Notes?.Trim())
            ),
            errors
        );
    }

    private static void RequireTerms(
        ValidationErrors errors,
        string field,
        IReadOnlyList<string>? codes,
        IReadOnlyList<TaxonomyTerm> vocabulary
    )
    {
        foreach (var code in codes ?? [])
        {
            errors.Require(
                vocabulary.Any(term => term.Code == code),
                field,
                $"« {code} » n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
            );
        }
    }
}

/// <param name="Street">The street and number (required).</param>
/// <param name="PostalCode">The five-digit postal code (required).</param>
/// <param name="Commune">The commune (required).</param>
/// <param name="InseeCode">The commune's five-character INSEE code (optional).</param>
/// <param name="Latitude">Latitude in decimal degrees (WGS 84), given with the longitude.</param>
/// <param name="Longitude">Longitude in decimal degrees (WGS 84), given with the latitude.</param>
public sealed partial record AddressRequest(
    string? Street = null,
    string? PostalCode = null,
    string? Commune = null,
    string? InseeCode = null,
    double? Latitude = null,
    double? Longitude = null
)
{
    public Domain.Address? Validate(ValidationErrors errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.ToDictionary().Count;
        errors
            .Require(!string.IsNullOrWhiteSpace(Street), $"{prefix}.street", "La rue est obligatoire.")
            .Require(Street is null || Street.Length <= 200, $"{prefix}.street", "La rue fait au plus 200 caractères.")
            .RequireSingleLine(Street, $"{prefix}.street")
            .Require(
                PostalCode is not null && PostalCodePattern().IsMatch(PostalCode),
                $"{prefix}.postalCode",
                "Le code postal est fait de 5 chiffres."
            )
            .RequireSingleLine(PostalCode, $"{prefix}.postalCode")
            .Require(!string.IsNullOrWhiteSpace(Commune), $"{prefix}.commune", "La commune est obligatoire.")
            .Require(
                Commune is null || Commune.Length <= 100,
                $"{prefix}.commune",
                "La commune fait au plus 100 caractères."
            )
            .RequireSingleLine(Commune, $"{prefix}.commune")
            .Require(
                InseeCode is null || InseeCodePattern().IsMatch(InseeCode),
                $"{prefix}.inseeCode",
                "Le code INSEE est fait de 5 caractères (ex. 06088, 2A004)."
            )
            .RequireSingleLine(InseeCode, $"{prefix}.inseeCode")
            .Require(
                Latitude is null or (>= -90 and <= 90),
                $"{prefix}.latitude",
                "La latitude est comprise entre -90 et 90."
            )
            .Require(
                Longitude is null or (>= -180 and <= 180),
                $"{prefix}.longitude",
                "La longitude est comprise entre -180 et 180."
            )
            .Require(
                Latitude.HasValue == Longitude.HasValue,
                $"{prefix}.longitude",
                "La latitude et la longitude vont ensemble."
            );
        return errors.ToDictionary().Count > before
            ? null
            : new Domain.Address(Street!.Trim(), PostalCode!, Commune!.Trim(), InseeCode, Latitude, Longitude);
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();

    /// <summary>The pattern of the standard's <c>code_insee</c>.</summary>
    [GeneratedRegex("^([013-9][0-9]|2[AB1-9])[0-9]{3}$")]
    private static partial Regex InseeCodePattern();
}

/// <param name="Email">A contact e-mail address.</param>
/// <param name="Phone">A French or overseas phone number; stored in E.164.</param>
/// <param name="Website">The structure's website, an absolute http(s) URL.</param>
public sealed record ContactRequest(string? Email = null, string? Phone = null, string? Website = null)
{
    public Contact? Validate(ValidationErrors errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var phone = "";
        var before = errors.ToDictionary().Count;
        var phoneValid = Phone is null || FrenchPhone.TryNormalize(Phone, out phone);
        var emailValid =
            Email is null
            || (
                Email.Length <= 254
                && MailAddress.TryCreate(Email, out var mail)
                && mail.Address == Email
                && Email.Contains('.', StringComparison.Ordinal)
            );
        var websiteValid =
            Website is null
            || (
                Website.Length <= 500
                && Uri.TryCreate(Website, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https"
            );
        errors
            .Require(emailValid, $"{prefix}.email", "L'adresse e-mail n'est pas valide.")
            .RequireSingleLine(Email, $"{prefix}.email")
            .Require(phoneValid, $"{prefix}.phone", "Le numéro de téléphone n'est pas un numéro français valide.")
            .RequireSingleLine(Phone, $"{prefix}.phone")
            .Require(websiteValid, $"{prefix}.website", "Le site web est une adresse complète en http:// ou https://.")
            .RequireSingleLine(Website, $"{prefix}.website");
        return errors.ToDictionary().Count == before ? new Contact(Email, Phone is null ? null : phone, Website) : null;
    }
}

/// <param name="Wheelchair">Whether a wheelchair user can enter and be received.</param>
/// <param name="Notes">Details on access, at most 1000 characters.</param>
public sealed record AccessibilityRequest(bool Wheelchair = false, string? Notes = null);

/// <summary>The body of <c>suspend</c> and <c>archive</c>.</summary>
/// <param name="Reason">Why the status changes, one line (required to suspend, optional to archive).</param>
public sealed record ReasonRequest(string? Reason = null);
