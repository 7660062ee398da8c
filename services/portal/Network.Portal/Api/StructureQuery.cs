using System.Globalization;

namespace Network.Portal.Api;

/// <summary>The directory's filters, as the page's address carries them and as the API takes them; for the coordinator,
/// a status other than active, and only the structures whose profile is stale.</summary>
public sealed record StructureQuery(
    string? Q = null,
    string? Commune = null,
    string? Kind = null,
    string? Service = null,
    string? Public = null,
    double? Latitude = null,
    double? Longitude = null,
    int Page = 1,
    int PageSize = 10,
    string? Status = null,
    bool Stale = false
)
{
    public string ToQueryString() =>
        Query.Of(
            ("q", Q),
            ("commune", Commune),
            ("kind", Kind),
            ("service", Service),
            ("public", Public),
            (
                "near",
                Latitude is { } lat && Longitude is { } lon
                    ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.#####},{lon:0.#####}")
                    : null
            ),
            ("status", Status),
            ("stale", Stale ? "true" : null),
            ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
            ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture))
        );
}
