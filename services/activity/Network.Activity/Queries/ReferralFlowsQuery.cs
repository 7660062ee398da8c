using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>How many referrals one partner sent another in the period; see <see cref="ReferralFlowsQuery"/> for
/// suppression.</summary>
/// <param name="FromPartnerId">The sending partner.</param>
/// <param name="FromName">Its name, when known.</param>
/// <param name="ToPartnerId">The receiving partner.</param>
/// <param name="ToName">Its name, when known.</param>
/// <param name="Count">Referrals sent from one to the other in the period. Null when suppressed.</param>
/// <param name="Suppressed">Whether the count is withheld.</param>
public sealed record ReferralFlow(
    Guid FromPartnerId,
    string? FromName,
    Guid ToPartnerId,
    string? ToName,
    int? Count,
    bool Suppressed
);

/// <summary>The answer of <c>GET /api/activity/referral-flows</c>; <see cref="Total"/> is a network total, never
/// suppressed.</summary>
/// <param name="From">The start of the period, as asked.</param>
/// <param name="To">The end of the period, as asked.</param>
/// <param name="Total">Referrals sent in the period, over the network.</param>
/// <param name="Flows">Each pair of partners with referrals between them.</param>
public sealed record ReferralFlows(
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Total,
    IReadOnlyList<ReferralFlow> Flows
);

/// <summary>
/// The matrix of flows. Its cells add up to <see cref="ReferralFlows.Total"/>, each sender's row to what it sent and
/// each receiver's column to what it received (both in the per-partner table): the three kinds of group are suppressed
/// together (<see cref="Suppression"/>). Shown pairs come first, most frequent first; suppressed ones follow by name,
/// so that their order says nothing of their counts.
/// </summary>
public sealed class ReferralFlowsQuery(ActivityDbContext db)
{
    public async Task<ReferralFlows> RunAsync(ActivityFilter period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var counted = await db.Referrals(period.ForPeriod())
            .GroupBy(r => new { r.FromPartnerId, r.ToPartnerId })
            .Select(g => new
            {
                g.Key.FromPartnerId,
                g.Key.ToPartnerId,
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);
        var pairs = counted
            .OrderBy(pair => pair.FromPartnerId.ToString(), StringComparer.Ordinal)
            .ThenBy(pair => pair.ToPartnerId.ToString(), StringComparer.Ordinal)
            .ToList();
        var cells = Enumerable.Range(0, pairs.Count).ToList();
        var withheld = Suppression.Withhold(
            pairs.Select(pair => pair.Count).ToList(),
            [
                cells,
                .. cells.GroupBy(i => pairs[i].FromPartnerId).Select(row => row.ToList()),
                .. cells.GroupBy(i => pairs[i].ToPartnerId).Select(column => column.ToList()),
            ]
        );
        var names = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var flows = cells
            .OrderBy(i => withheld[i])
            .ThenByDescending(i => withheld[i] ? 0 : pairs[i].Count)
            .ThenBy(i => names.GetValueOrDefault(pairs[i].FromPartnerId), StringComparer.Ordinal)
            .ThenBy(i => names.GetValueOrDefault(pairs[i].ToPartnerId), StringComparer.Ordinal)
            .Select(i => new ReferralFlow(
                pairs[i].FromPartnerId,
                names.GetValueOrDefault(pairs[i].FromPartnerId),
                pairs[i].ToPartnerId,
                names.GetValueOrDefault(pairs[i].ToPartnerId),
                withheld[i] ? null : pairs[i].Count,
                withheld[i]
            ))
            .ToList();
        return new ReferralFlows(period.From, period.To, pairs.Sum(pair => pair.Count), flows);
    }
}
