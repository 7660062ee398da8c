using System.Text.Json.Serialization;
using Network.Partners.Domain;
using Network.Partners.Taxonomy;

namespace Network.Partners.Api;

/// <summary>A partner of the network, as the directory and the profile routes answer it.</summary>
/// <param name="Id">The partner's id.</param>
/// <param name="Name">The structure's name.</param>
/// <param name="Kind">The kind of structure, a code of `kinds` in the taxonomy.</param>
/// <param name="Siret">The SIRET, when given.</param>
/// <param name="Description">What the structure offers.</param>
/// <param name="Address">Where the structure receives the public.</param>
/// <param name="Contact">How to reach the structure.</param>
/// <param name="Services">The services offered (taxonomy codes).</param>
/// <param name="Publics">The publics received (taxonomy codes).</param>
/// <param name="Labels">The labels held (taxonomy codes).</param>
/// <param name="OpeningHours">Opening hours in the OpenStreetMap format, when given.</param>
/// <param name="Accessibility">Access for people with reduced mobility.</param>
/// <param name="Status">Where the partner stands: pending, active, suspended or archived.</param>
/// <param name="CreatedAt">When the partner joined or applied (UTC).</param>
/// <param name="UpdatedAt">When the profile or status last changed (UTC).</param>
public sealed record PartnerResponse(
    Guid Id,
    string Name,
    string Kind,
    string? Siret,
    string Description,
    AddressResponse Address,
    ContactResponse Contact,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Publics,
    IReadOnlyList<string> Labels,
    string? OpeningHours,
    AccessibilityResponse Accessibility,
    PartnerStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    /// <summary>In the directory with <c>near</c>: the great-circle distance from that point.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DistanceKm { get; init; }

    /// <summary>Coordinator's view only: not updated for <c>Partners:StaleAfterDays</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Stale { get; init; }

    /// <summary>Coordinator's view only: who applied, and becomes the partner's admin when it is approved.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ApplicantResponse? Applicant { get; init; }

    public static PartnerResponse From(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var (address, contact, accessibility) = (partner.Address, partner.Contact, partner.Accessibility);
        return new PartnerResponse(
            partner.Id,
            partner.Name,
            partner.Kind,
            partner.Siret,
            partner.Description,
            new AddressResponse(
                address.Street,
                address.PostalCode,
                address.Commune,
                address.InseeCode,
                address.Latitude,
                address.Longitude
            ),
            new ContactResponse(contact.Email, contact.Phone, contact.Website),
            partner.Services,
            partner.Publics,
            partner.Labels,
            partner.OpeningHours,
            new AccessibilityResponse(accessibility.Wheelchair, accessibility.Notes),
            partner.Status,
            partner.CreatedAt,
            partner.UpdatedAt
        );
    }
}

/// <param name="UserId">The applicant's account id in the identity provider.</param>
/// <param name="Username">The name they sign in with.</param>
public sealed record ApplicantResponse(string UserId, string? Username);

/// <param name="Street">The street and number.</param>
/// <param name="PostalCode">The five-digit postal code.</param>
/// <param name="Commune">The commune.</param>
/// <param name="InseeCode">The commune's INSEE code, when known.</param>
/// <param name="Latitude">Latitude in decimal degrees (WGS 84), when located.</param>
/// <param name="Longitude">Longitude in decimal degrees (WGS 84), when located.</param>
public sealed record AddressResponse(
    string Street,
    string PostalCode,
    string Commune,
    string? InseeCode,
    double? Latitude,
    double? Longitude
);

/// <param name="Email">The contact e-mail address, when given.</param>
/// <param name="Phone">The phone number in E.164, when given.</param>
/// <param name="Website">The website, when given.</param>
public sealed record ContactResponse(string? Email, string? Phone, string? Website);

/// <param name="Wheelchair">Whether a wheelchair user can enter and be received.</param>
/// <param name="Notes">Details on access, when given.</param>
public sealed record AccessibilityResponse(bool Wheelchair, string? Notes);

/// <param name="From">The status before the change; null when the partner was created.</param>
/// <param name="To">The status after the change.</param>
/// <param name="Reason">The reason given, when one was.</param>
/// <param name="By">Who made the change (user name).</param>
/// <param name="At">When the change was made (UTC).</param>
public sealed record PartnerHistoryEntry(
    PartnerStatus? From,
    PartnerStatus To,
    string? Reason,
    string By,
    DateTimeOffset At
);

/// <summary>The vocabularies of the national standard.</summary>
/// <param name="Kinds">Kinds of structure (`kind`).</param>
/// <param name="Services">Services a structure offers (`services`).</param>
/// <param name="Publics">Publics a structure receives (`publics`; the standard's
/// `publics_specifiquement_adresses`).</param>
/// <param name="Labels">Labels and national programmes a structure holds (`labels`; the standard's
/// `dispositif_programmes_nationaux`).</param>
/// <param name="SupportModes">Ways of support (the standard's `modalites_accompagnement`).</param>
/// <param name="AccessModes">Ways of access (the standard's `modalites_acces`).</param>
public sealed record TaxonomyResponse(
    IReadOnlyList<TaxonomyTerm> Kinds,
    IReadOnlyList<TaxonomyTerm> Services,
    IReadOnlyList<TaxonomyTerm> Publics,
    IReadOnlyList<TaxonomyTerm> Labels,
    IReadOnlyList<TaxonomyTerm> SupportModes,
    IReadOnlyList<TaxonomyTerm> AccessModes
);
