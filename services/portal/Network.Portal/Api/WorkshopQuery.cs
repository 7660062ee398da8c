namespace Network.Portal.Api;

/// <summary>The agenda's filters, as the page's address carries them and as the API takes them.</summary>
public sealed record WorkshopQuery(
    string? Q = null,
    string? Commune = null,
    string? Category = null,
    string? Audience = null,
    string? OrganiserId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = 10,
    string? Accessibility = null
)
{
    public string ToQueryString(bool withPaging = true) =>
        Query.Of(
            ("q", Q),
            ("commune", Commune),
            ("category", Category),
            ("audience", Audience),
            ("organiserId", OrganiserId),
            ("accessibility", Accessibility),
            ("from", From is { } from ? WorkshopsClient.Format(from) : null),
            ("to", To is { } to ? WorkshopsClient.Format(to) : null),
            ("page", withPaging && Page > 1 ? Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            ("pageSize", withPaging ? PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)
        );
}
