using System.Globalization;

namespace Network.Portal.Api;

/// <summary>A box of the acting structure's referrals, as the API takes it: <c>sent</c> or <c>received</c>, a status
/// code or all of them, a page.</summary>
public sealed record ReferralQuery(string Box, string? Status = null, int Page = 1, int PageSize = 20)
{
    public string ToQueryString() =>
        Query.Of(
            ("box", Box),
            ("status", Status),
            ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
            ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture))
        );
}
