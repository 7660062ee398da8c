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
/// <param name="PartnerCount">Partners that sent or received a referral in the period.</param>
/// <param name="Flows">Each pair of partners with referrals between them; with <c>busiest</c>, only the pairs of the
/// busiest partners.</param>
public sealed record ReferralFlows(
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Total,
    int PartnerCount,
    IReadOnlyList<ReferralFlow> Flows
);

/// <summary>
/// The matrix of flows. Its cells add up to <see cref="ReferralFlows.Total"/>, each sender's row to what it sent and
/// each receiver's column to what it received (both in the per-partner table): the three kinds of group are suppressed
/// together (<see cref="Suppression"/>). Shown pairs come first, most frequent first; suppressed ones follow by name,
/// so that their order says nothing of their counts. A matrix of hundreds of partners is no longer read: with
/// <c>busiest</c>, only the pairs among the partners that send and receive the most are kept, weighed as a reader of
/// the whole answer would (a suppressed pair as 1, which it is at least), after suppression.
/// </summary>
public sealed class ReferralFlowsQuery(ActivityDbContext db, FiguresMemo memo)
{
    public async Task<ReferralFlows> RunAsync(ActivityFilter period, int? busiest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var filter = period.ForPeriod();
        var all = await memo.GetAsync(
            db,
            (nameof(ReferralFlowsQuery), filter),
            () => ComputeAsync(filter, cancellationToken),
            cancellationToken
        );
        if (busiest is not { } most || all.Volumes.Count <= most)
        {
            return new ReferralFlows(period.From, period.To, all.Total, all.Volumes.Count, all.Flows);
        }

        var kept = all
            .Volumes.OrderByDescending(partner => partner.Value)
            .ThenBy(partner => partner.Key)
            .Take(most)
            .Select(partner => partner.Key)
            .ToHashSet();
        return new ReferralFlows(
            period.From,
            period.To,
            all.Total,
            all.Volumes.Count,
            [.. all.Flows.Where(flow => kept.Contains(flow.FromPartnerId) && kept.Contains(flow.ToPartnerId))]
        );
    }

    /// <summary>Every pair, and each partner's volume as a reader of them can weigh it (a suppressed pair as 1, which
    /// it is at least).</summary>
    private sealed record Matrix(int Total, IReadOnlyList<ReferralFlow> Flows, IReadOnlyDictionary<Guid, int> Volumes);

    private async Task<Matrix> ComputeAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        var counted = await db.Referrals(filter)
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
        var volumes = flows
            .SelectMany(flow => new[] { (flow.FromPartnerId, flow.Count ?? 1), (flow.ToPartnerId, flow.Count ?? 1) })
            .GroupBy(partner => partner.Item1, partner => partner.Item2)
            .ToDictionary(partner => partner.Key, partner => partner.Sum());
        return new Matrix(pairs.Sum(pair => pair.Count), flows, volumes);
    }
}
