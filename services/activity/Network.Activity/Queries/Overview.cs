namespace Network.Activity.Queries;

/// <summary>Partners as they stand now: active, and pending the coordinator's approval.</summary>
public sealed record PartnerCounts(int Active, int Pending);

/// <summary>The answer of <c>GET /api/activity/overview</c>.</summary>
public sealed record Overview(
    DateTimeOffset? From, DateTimeOffset? To, string? Commune, Guid? PartnerId,
    PartnerCounts Partners, EventFigures Events, ReferralFigures Referrals, EquipmentFigures Equipment);
