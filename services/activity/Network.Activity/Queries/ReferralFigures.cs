namespace Network.Activity.Queries;

/// <summary>
/// Referrals sent in the period, each counted in every state it reached (an accepted referral later completed counts
/// in both). Every figure is about residents: one referral is one resident.
/// </summary>
public sealed record ReferralFigures(
    int? Sent, int? Accepted, int? Declined, int? Completed, int? NoShows, int? Expired, int? Cancelled, int? Open,
    double? AcceptanceRate, double? MedianHoursToAnswer, bool Suppressed)
{
    public static ReferralFigures From(ReferralTotals totals, double? medianHours, bool local)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var suppression = new Suppression(local);
        var decided = totals.Accepted + totals.Declined + totals.Expired;
        return new ReferralFigures(
            suppression.Count(totals.Sent),
            suppression.Count(totals.Accepted),
            suppression.Count(totals.Declined),
            suppression.Count(totals.Completed),
            suppression.Count(totals.NoShows),
            suppression.Count(totals.Expired),
            suppression.Count(totals.Cancelled),
            suppression.Count(totals.Open),
            suppression.Rate(Rates.Of(totals.Accepted, decided), decided),
            suppression.Rate(Rates.Hours(medianHours), totals.Answered),
            suppression.Suppressed);
    }
}
