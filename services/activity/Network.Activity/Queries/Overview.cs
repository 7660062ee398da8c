namespace Network.Activity.Queries;

/// <summary>Partners as they stand now: active, and pending the coordinator's approval.</summary>
/// <param name="Active">Partners active now.</param>
/// <param name="Pending">Partners awaiting the coordinator's approval.</param>
public sealed record PartnerCounts(int Active, int Pending);

/// <summary>The answer of <c>GET /api/activity/overview</c>.</summary>
/// <param name="From">The start of the period, as asked.</param>
/// <param name="To">The end of the period, as asked.</param>
/// <param name="Commune">The commune the figures are limited to, if any.</param>
/// <param name="PartnerId">The partner the figures are limited to, if any.</param>
/// <param name="Partners">Partners as they stand now.</param>
/// <param name="Events">Events that start in the period.</param>
/// <param name="Referrals">Referrals sent in the period.</param>
/// <param name="Equipment">Loans of the shared pool in the period.</param>
public sealed record Overview(
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Commune,
    Guid? PartnerId,
    PartnerCounts Partners,
    EventFigures Events,
    ReferralFigures Referrals,
    EquipmentFigures Equipment
);
