using System.Globalization;

namespace Network.Portal.Api;

/// <summary>The catalogue's filters as the API takes them; a window keeps only the items free for all of it.</summary>
public sealed record EquipmentQuery(
    string? Q = null,
    string? Category = null,
    string? Commune = null,
    Guid? OwnerId = null,
    DateTimeOffset? AvailableFrom = null,
    DateTimeOffset? AvailableTo = null,
    int Page = 1,
    int PageSize = 12
)
{
    public string ToQueryString() =>
        Query.Of(
            ("q", Q),
            ("category", Category),
            ("commune", Commune),
            ("ownerId", OwnerId?.ToString()),
            ("availableFrom", AvailableFrom is { } from ? WorkshopsClient.Format(from) : null),
            ("availableTo", AvailableTo is { } to ? WorkshopsClient.Format(to) : null),
            ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
            ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture))
        );
}
