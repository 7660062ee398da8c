namespace Network.Referrals.Domain;

/// <summary>
/// The only steps a referral may take: sent → accepted | declined | cancelled | expired, and
/// accepted → completed | no-show | cancelled. Everything else is refused.
/// </summary>
public static class ReferralTransitions
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Allowed = new()
    {
        [ReferralStatus.Sent] =
        [
            ReferralStatus.Accepted,
            ReferralStatus.Declined,
            ReferralStatus.Cancelled,
            ReferralStatus.Expired,
        ],
        [ReferralStatus.Accepted] = [ReferralStatus.Completed, ReferralStatus.NoShow, ReferralStatus.Cancelled],
    };

    public static bool IsAllowed(ReferralStatus from, ReferralStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>Sent or accepted: the receiver still has something to do.</summary>
    public static bool IsOpen(ReferralStatus status) => Allowed.ContainsKey(status);
}
