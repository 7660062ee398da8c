using System.Globalization;

namespace Network.Portal.Api;

/// <summary>The filters of a structure's own list of workshops, as the API takes them.</summary>
public sealed record OrganisedQuery(
    string? Status = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    bool LatestFirst = false,
    int Page = 1,
    int PageSize = 20
)
{
    public string ToQueryString() =>
        Query.Of(
            ("status", Status),
            ("from", From is { } from ? WorkshopsClient.Format(from) : null),
            ("to", To is { } to ? WorkshopsClient.Format(to) : null),
            ("order", LatestFirst ? "desc" : null),
            ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
            ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture))
        );
}
