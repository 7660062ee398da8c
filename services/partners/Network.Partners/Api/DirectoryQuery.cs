using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Network.Partners.Domain;
using Network.Partners.Taxonomy;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>The directory's filters, as <c>GET /api/partners</c> takes them.</summary>
public sealed record DirectoryQuery
{
    private const double MaxRadiusKm = 1000;

    /// <summary>Words of the name or description; accents and case do not matter.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = "commune")]
    public string? Commune { get; init; }

    [FromQuery(Name = "postalCode")]
    public string? PostalCode { get; init; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    [FromQuery(Name = "service")]
    public string? Service { get; init; }

    [FromQuery(Name = "public")]
    public string? Public { get; init; }

    [FromQuery(Name = "label")]
    public string? Label { get; init; }

    /// <summary><c>lat,lon</c>: results are sorted by distance from there, each with <c>distanceKm</c>.</summary>
    [FromQuery(Name = "near")]
    public string? Near { get; init; }

    /// <summary>With <c>near</c>: only partners within this many kilometres.</summary>
    [FromQuery(Name = "radiusKm")]
    public double? RadiusKm { get; init; }

    /// <summary>Coordinator only: partners of this status instead of the active ones.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    public PartnerStatus? StatusFilter { get; private set; }

    /// <summary>Coordinator only: partners not updated for <c>Partners:StaleAfterDays</c>.</summary>
    [FromQuery(Name = "stale")]
    public bool? Stale { get; init; }

    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    public (double Latitude, double Longitude)? Point { get; private set; }

    public Paging Paging { get; private set; } = new(1, Paging.DefaultPageSize);

    public ValidationErrors Validate(PartnerTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ValidationErrors();
        var (paging, pagingErrors) = Paging.From(Page, PageSize);
        foreach (var (field, messages) in pagingErrors ?? [])
        {
            Array.ForEach(messages, message => errors.Add(field, message));
        }

        Paging = paging ?? Paging;
        if (Near is not null)
        {
            var parts = Near.Split(',');
            var valid =
                parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
                && latitude is >= -90 and <= 90
                && longitude is >= -180 and <= 180;
            errors.Require(valid, "near", "near est « latitude,longitude » en degrés décimaux, par ex. 43.7,7.26.");
            Point = valid
                ? (
                    double.Parse(parts[0], CultureInfo.InvariantCulture),
                    double.Parse(parts[1], CultureInfo.InvariantCulture)
                )
                : null;
        }

        if (Status is not null)
        {
            var known =
                Enum.TryParse<PartnerStatus>(Status, ignoreCase: true, out var status)
                && Status.All(char.IsAsciiLetterLower);
            errors.Require(known, "status", "status est pending, active, suspended ou archived.");
            StatusFilter = known ? status : null;
        }

        return errors
            .Require(RadiusKm is null || Near is not null, "radiusKm", "radiusKm va avec near.")
            .Require(
                RadiusKm is null or (> 0 and <= MaxRadiusKm),
                "radiusKm",
                $"radiusKm est compris entre 0 et {MaxRadiusKm} km."
            )
            .Require(Q is null || Q.Length <= 200, "q", "La recherche fait au plus 200 caractères.")
            .Require(Commune is null || Commune.Length <= 100, "commune", "La commune fait au plus 100 caractères.")
            .Require(
                Known(Kind, taxonomy.Kinds),
                "kind",
                "Ce type de structure n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
            )
            .Require(
                Known(Service, taxonomy.Services),
                "service",
                "Ce service n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
            )
            .Require(
                Known(Public, taxonomy.Publics),
                "public",
                "Ce public n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
            )
            .Require(
                Known(Label, taxonomy.Labels),
                "label",
                "Ce label n'est pas dans la taxonomie (GET /api/partners/taxonomy)."
            );
    }

    private static bool Known(string? code, IReadOnlyList<TaxonomyTerm> vocabulary) =>
        code is null || vocabulary.Any(term => term.Code == code);
}
