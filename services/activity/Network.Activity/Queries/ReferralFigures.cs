namespace Network.Activity.Queries;

/// <summary>
/// Referrals sent in the period, each counted in every state it reached (an accepted referral later completed counts
/// in both). Every figure is about residents: one referral is one resident.
/// </summary>
/// <param name="Sent">Referrals sent. Null when suppressed.</param>
/// <param name="Accepted">Accepted. Null when suppressed.</param>
/// <param name="Declined">Declined. Null when suppressed.</param>
/// <param name="Completed">Completed. Null when suppressed.</param>
/// <param name="NoShows">Marked as no-show. Null when suppressed.</param>
/// <param name="Expired">Expired without an answer. Null when suppressed.</param>
/// <param name="Cancelled">Withdrawn by the sender. Null when suppressed.</param>
/// <param name="Open">Still waiting for an answer. Null when suppressed.</param>
/// <param name="AcceptanceRate">Accepted ÷ (accepted + declined + expired), 0 to 1. Null when suppressed.</param>
/// <param name="MedianHoursToAnswer">Median hours from sending to acceptance or refusal. Null when suppressed.</param>
/// <param name="Suppressed">Whether any figure is withheld (small-number suppression).</param>
public sealed record ReferralFigures(
    int? Sent,
    int? Accepted,
    int? Declined,
    int? Completed,
    int? NoShows,
    int? Expired,
    int? Cancelled,
    int? Open,
    double? AcceptanceRate,
    double? MedianHoursToAnswer,
    bool Suppressed
)
{
    public static readonly IReadOnlyList<ResidentCount<ReferralTotals>> Counts =
    [
        new("sent", t => t.Sent),
        new("accepted", t => t.Accepted),
        new("declined", t => t.Declined),
        new("completed", t => t.Completed),
        new("noShows", t => t.NoShows),
        new("expired", t => t.Expired),
        new("cancelled", t => t.Cancelled),
        new("open", t => t.Open),
    ];

    public static ReferralFigures From(ReferralTotals totals, double? medianHours, Disclosure disclosure)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(disclosure);
        var decided = totals.Accepted + totals.Declined + totals.Expired;
        return new ReferralFigures(
            disclosure.Count("sent", totals.Sent),
            disclosure.Count("accepted", totals.Accepted),
            disclosure.Count("declined", totals.Declined),
            disclosure.Count("completed", totals.Completed),
            disclosure.Count("noShows", totals.NoShows),
            disclosure.Count("expired", totals.Expired),
            disclosure.Count("cancelled", totals.Cancelled),
            disclosure.Count("open", totals.Open),
            disclosure.Rate(Rates.Of(totals.Accepted, decided), decided, "accepted", "declined", "expired"),
            disclosure.Rate(Rates.Hours(medianHours), totals.Answered),
            disclosure.Suppressed
        );
    }
}
