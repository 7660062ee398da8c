using System.ComponentModel.DataAnnotations;
using Network.Partners.Domain;
using Network.Partners.Taxonomy;
using Network.Partners.Validation;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Partners.Api;

/// <summary>
/// The body of <c>POST</c> and <c>PUT /api/partners</c>. Each field declares its own rules, which the OpenAPI document
/// publishes; the codes of the taxonomy are checked against the vocabularies this service serves. Fields are nullable
/// so that every missing or wrong one is reported at once, named as the client sent it; French messages, for partner
/// staff.
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
public sealed record PartnerProfileRequest(
    [property: Required(ErrorMessage = "Le nom est obligatoire.")]
    [property: MaxLength(200, ErrorMessage = "Le nom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Name = null,
    [property: Required(ErrorMessage = "Le type de structure est obligatoire.")] string? Kind = null,
    [property: Siret(ErrorMessage = "Le SIRET est fait de 14 chiffres avec une clé de contrôle valide.")]
    [property: SingleLine]
        string? Siret = null,
    [property: MaxLength(4000, ErrorMessage = "La description fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Description = null,
    [property: Required(ErrorMessage = "L'adresse est obligatoire.")] AddressRequest? Address = null,
    ContactRequest? Contact = null,
    IReadOnlyList<string>? Services = null,
    IReadOnlyList<string>? Publics = null,
    IReadOnlyList<string>? Labels = null,
    [property: OpeningHours(
        ErrorMessage = "Les horaires suivent le format OpenStreetMap, par ex. "
            + "« Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off »."
    )]
    [property: SingleLine]
        string? OpeningHours = null,
    AccessibilityRequest? Accessibility = null
) : IRequestRules
{
    /// <summary>The codes of the taxonomy, which this service loads at start.</summary>
    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var taxonomy = services.GetRequiredService<PartnerTaxonomy>();
        errors.Require(
            Kind is null || taxonomy.Kinds.Any(term => term.Code == Kind),
            "kind",
            "Ce type de structure n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
        );
        RequireTerms(errors, "services", Services, taxonomy.Services);
        RequireTerms(errors, "publics", Publics, taxonomy.Publics);
        RequireTerms(errors, "labels", Labels, taxonomy.Labels);
    }

    /// <summary>The profile of a request that passed its validation.</summary>
    public PartnerProfile ToProfile() =>
        new(
            Name!.Trim(),
            Kind!,
            Siret,
            Description?.Trim() ?? "",
            Address!.ToAddress(),
            (Contact ?? new ContactRequest()).ToContact(),
            Services?.Distinct().ToList() ?? [],
            Publics?.Distinct().ToList() ?? [],
            Labels?.Distinct().ToList() ?? [],
            OpeningHours?.Trim(),
            new Domain.Accessibility(Accessibility?.Wheelchair ?? false, Accessibility?.Notes?.Trim())
        );

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

/// <summary>The body of <c>suspend</c> and <c>archive</c>.</summary>
/// <param name="Reason">Why the status changes, one line of at most 1000 characters (required to suspend, optional to
/// archive).</param>
public sealed record ReasonRequest(
    [property: MaxLength(1000, ErrorMessage = "Le motif fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Reason = null
);
