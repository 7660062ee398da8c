using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>How many referrals one partner sent another in the period; a pair under 5 is suppressed.</summary>
public sealed record ReferralFlow(Guid FromPartnerId, string? FromName, Guid ToPartnerId, string? ToName, int? Count, bool Suppressed);

/// <summary>The answer of <c>GET /api/activity/referral-flows</c>; <see cref="Total"/> is a network total, never suppressed.</summary>
public sealed record ReferralFlows(DateTimeOffset? From, DateTimeOffset? To, int Total, IReadOnlyList<ReferralFlow> Flows);

public sealed class ReferralFlowsQuery(ActivityDbContext db)
{
    public async Task<ReferralFlows> RunAsync(ActivityFilter period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var pairs = await db.Referrals(period.ForPeriod())
            .GroupBy(r => new { r.FromPartnerId, r.ToPartnerId })
            .Select(g => new { g.Key.FromPartnerId, g.Key.ToPartnerId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var flows = pairs
            .OrderByDescending(pair => pair.Count)
            .ThenBy(pair => names.GetValueOrDefault(pair.FromPartnerId), StringComparer.Ordinal)
            .ThenBy(pair => names.GetValueOrDefault(pair.ToPartnerId), StringComparer.Ordinal)
            .Select(pair =>
            {
                var suppression = new Suppression(true);
                var count = suppression.Count(pair.Count);
                return new ReferralFlow(
                    pair.FromPartnerId, names.GetValueOrDefault(pair.FromPartnerId), pair.ToPartnerId, names.GetValueOrDefault(pair.ToPartnerId),
                    count, suppression.Suppressed);
            })
            .ToList();
        return new ReferralFlows(period.From, period.To, pairs.Sum(pair => pair.Count), flows);
    }
}
