using System.Globalization;

namespace Network.Portal.Api;

/// <summary>The loans of the structure one acts for, as borrower or as owner, in one state or all.</summary>
public sealed record LoanQuery(bool AsOwner, string? Status = null, int Page = 1, int PageSize = 20)
{
    public string ToQueryString() =>
        Query.Of(
            ("as", AsOwner ? "owner" : "borrower"),
            ("status", Status),
            ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
            ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture))
        );
}
