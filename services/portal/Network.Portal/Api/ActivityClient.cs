using System.Globalization;

namespace Network.Portal.Api;

/// <summary>The activity service's figures, for the coordinator's dashboard, a structure's own figures and the
/// public page "Le réseau en chiffres".</summary>
public sealed class ActivityClient(PortalApi api)
{
    private const int PageSize = 100;

    private const string PublicPath = "/api/activity/public";

    /// <summary>The network's totals, for anyone.</summary>
    public async Task<PublicFigures> PublicAsync(CancellationToken cancellationToken = default) =>
        await api.FindAsync<PublicFigures>(PublicPath, cancellationToken)
        ?? throw new ServiceUnavailableException($"The activity service does not answer {PublicPath}.");

    public Task<ApiAnswer<ActivityOverview>> OverviewAsync(
        ActivityQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ActivityOverview>("/api/activity/overview" + query.ToQueryString(), cancellationToken);

    /// <summary>The series of <paramref name="metrics"/>, by <c>week</c> or <c>month</c>.</summary>
    public Task<ApiAnswer<Timeseries>> TimeseriesAsync(
        ActivityQuery query,
        string granularity,
        IReadOnlyList<string> metrics,
        CancellationToken cancellationToken = default
    ) =>
        api.GetAsync<Timeseries>(
            "/api/activity/timeseries"
                + query.ToQueryString([("granularity", granularity), .. metrics.Select(m => ("metric", (string?)m))]),
            cancellationToken
        );

    /// <summary>Every structure's row for the period, all pages read, in the API's order (by name).</summary>
    public async Task<ApiAnswer<IReadOnlyList<PartnerActivity>>> PartnersAsync(
        ActivityQuery query,
        CancellationToken cancellationToken = default
    )
    {
        // The first page says how many there are; the others are asked for together.
        var first = await PageAsync(1);
        if (first.Value is not { } found)
        {
            return new ApiAnswer<IReadOnlyList<PartnerActivity>>(null, first.Problem);
        }

        var others = await Task.WhenAll(Enumerable.Range(2, Math.Max(0, found.PageCount - 1)).Select(PageAsync));
        if (others.FirstOrDefault(answer => answer.Value is null) is { } failed)
        {
            return new ApiAnswer<IReadOnlyList<PartnerActivity>>(null, failed.Problem);
        }

        return new ApiAnswer<IReadOnlyList<PartnerActivity>>(
            [.. found.Items, .. others.SelectMany(answer => answer.Value!.Items)],
            null
        );

        Task<ApiAnswer<ResultPage<PartnerActivity>>> PageAsync(int page) =>
            api.GetAsync<ResultPage<PartnerActivity>>(
                "/api/activity/partners"
                    + query.Network.ToQueryString(
                        ("page", page.ToString(CultureInfo.InvariantCulture)),
                        ("pageSize", PageSize.ToString(CultureInfo.InvariantCulture))
                    ),
                cancellationToken
            );
    }

    public Task<ApiAnswer<ReferralFlows>> FlowsAsync(
        ActivityQuery query,
        int busiest,
        CancellationToken cancellationToken = default
    ) =>
        api.GetAsync<ReferralFlows>(
            "/api/activity/referral-flows"
                + query.Network.ToQueryString(("busiest", busiest.ToString(CultureInfo.InvariantCulture))),
            cancellationToken
        );

    /// <summary>The referrals waiting for an answer now, whatever the period.</summary>
    public Task<ApiAnswer<PendingReferrals>> PendingAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<PendingReferrals>("/api/activity/referrals/pending", cancellationToken);

    /// <summary>The per-structure table of the period as the API writes it for spreadsheets (CSV), to pass on as it
    /// comes.</summary>
    public Task<ApiAnswer<HttpResponseMessage>> ExportAsync(
        ActivityQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetFileAsync("/api/activity/export.csv" + query.Network.ToQueryString(), cancellationToken);
}
