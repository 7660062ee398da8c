using Microsoft.Extensions.Caching.Memory;

namespace Network.Portal.Api;

/// <summary>The referrals service, as the staff's pages use it. The full record and the comments are personal data:
/// the service logs each read of them.</summary>
public sealed class ReferralsClient(PortalApi api, IMemoryCache cache)
{
    /// <summary>The statuses of a referral, in the order of its life, as the API names them.</summary>
    public static readonly IReadOnlyList<string> Statuses =
    [
        "sent",
        "accepted",
        "declined",
        "completed",
        "no-show",
        "cancelled",
        "expired",
    ];

    public async Task<IReadOnlyList<CodeLabel>> NeedsAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("referral-needs", async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
                return await api.FindAsync<List<CodeLabel>>("/api/referrals/needs", cancellationToken);
            })) ?? throw new ServiceUnavailableException("The referrals service does not list its needs.");

    public Task<ApiAnswer<ResultPage<ReferralSummary>>> ListAsync(
        ReferralQuery query,
        CancellationToken cancellationToken = default
    ) => api.GetAsync<ResultPage<ReferralSummary>>("/api/referrals" + query.ToQueryString(), cancellationToken);

    /// <summary>How many referrals of the box are in each status: the list's total for each, as the API counts no
    /// other way.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(
        string box,
        CancellationToken cancellationToken = default
    )
    {
        var counts = new Dictionary<string, int>();
        foreach (var status in Statuses)
        {
            var answer = await ListAsync(new ReferralQuery(box, status, PageSize: 1), cancellationToken);
            counts[status] = answer.Value?.Total ?? 0;
        }

        return counts;
    }

    /// <summary>The received referrals that wait for an answer, the oldest first (the list gives the newest first),
    /// at most <paramref name="count"/> of them, and how many wait in all; null when the list cannot be read.</summary>
    public async Task<(IReadOnlyList<ReferralSummary> Oldest, int Total)?> OldestWaitingAsync(
        int count,
        CancellationToken cancellationToken = default
    )
    {
        var newest = (await ListAsync(Waiting(1), cancellationToken)).Value;
        if (newest is null)
        {
            return null;
        }

        var oldest = new List<ReferralSummary>();
        for (var page = newest.PageCount; page >= 1 && oldest.Count < count; page--)
        {
            var items = page == 1 ? newest.Items : (await ListAsync(Waiting(page), cancellationToken)).Value?.Items;
            oldest.AddRange((items ?? []).Reverse());
        }

        return ([.. oldest.Take(count)], newest.Total);

        static ReferralQuery Waiting(int page) => new("received", "sent", page, PageSize: 100);
    }

    /// <summary>The full record and its version, which the steps send back as <c>If-Match</c>.</summary>
    public Task<ApiAnswer<Referral>> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<Referral>($"/api/referrals/{id}", cancellationToken);

    public Task<ApiAnswer<ReferralSummary>> SendAsync(
        object body,
        string idempotencyKey,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<ReferralSummary>("/api/referrals", body, idempotencyKey, cancellationToken);

    /// <summary>A step of the referral's life (<c>accept</c>, <c>decline</c>, <c>complete</c>, <c>no-show</c>,
    /// <c>cancel</c>) on the version the page showed.</summary>
    public Task<ApiAnswer<ReferralSummary>> StepAsync(
        Guid id,
        string step,
        object? body,
        string version,
        CancellationToken cancellationToken = default
    ) => api.PostIfMatchAsync<ReferralSummary>($"/api/referrals/{id}/{step}", body, version, cancellationToken);

    /// <summary>The resident's rights, <c>erase</c> (admins) and <c>consent/withdraw</c>: whatever the version the
    /// page showed, as a right does not wait for a page to be up to date.</summary>
    public Task<ApiAnswer<ReferralSummary>> WipeAsync(
        Guid id,
        string right,
        CancellationToken cancellationToken = default
    ) => api.PostAsync<ReferralSummary>($"/api/referrals/{id}/{right}", null, cancellationToken: cancellationToken);

    public async Task<IReadOnlyList<ReferralHistoryEntry>> HistoryAsync(
        Guid id,
        CancellationToken cancellationToken = default
    ) => await api.FindAsync<List<ReferralHistoryEntry>>($"/api/referrals/{id}/history", cancellationToken) ?? [];

    public async Task<IReadOnlyList<ReferralComment>> CommentsAsync(
        Guid id,
        CancellationToken cancellationToken = default
    ) => await api.FindAsync<List<ReferralComment>>($"/api/referrals/{id}/comments", cancellationToken) ?? [];

    public Task<ApiAnswer<ReferralComment>> CommentAsync(
        Guid id,
        string? text,
        string idempotencyKey,
        CancellationToken cancellationToken = default
    ) =>
        api.PostAsync<ReferralComment>(
            $"/api/referrals/{id}/comments",
            CommentBody(text),
            idempotencyKey,
            cancellationToken
        );

    internal static object CommentBody(string? text) => new { text = FormValue.Of(text) };

    /// <summary>Who read the personal data: for the admins of the two structures only.</summary>
    public async Task<IReadOnlyList<ReferralRead>> AccessLogAsync(
        Guid id,
        CancellationToken cancellationToken = default
    ) => await api.FindAsync<List<ReferralRead>>($"/api/referrals/{id}/access-log", cancellationToken) ?? [];
}
