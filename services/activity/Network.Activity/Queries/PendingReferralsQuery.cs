using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>
/// Referrals a partner received and has not answered (sent, not accepted, declined, cancelled or expired): how many,
/// and for how many whole days the oldest has waited. The counts add up to <see cref="PendingReferrals.Total"/> and are
/// suppressed together (<see cref="Suppression"/>); a suppressed partner has both figures null.
/// </summary>
/// <param name="PartnerId">The receiving partner.</param>
/// <param name="Name">Its name, when known.</param>
/// <param name="Commune">Its commune, when known.</param>
/// <param name="Open">Referrals waiting for its answer longer than asked. Null when suppressed.</param>
/// <param name="OldestDays">Whole days the oldest has waited. Null when suppressed.</param>
/// <param name="Suppressed">Whether its figures are withheld.</param>
public sealed record PendingAtPartner(
    Guid PartnerId,
    string? Name,
    string? Commune,
    int? Open,
    int? OldestDays,
    bool Suppressed
);

/// <summary>The answer of <c>GET /api/activity/referrals/pending</c>; <see cref="Total"/> is a network total, never
/// suppressed.</summary>
/// <param name="OlderThanDays">The wait asked for, in whole days.</param>
/// <param name="Total">Referrals waiting longer, over the network.</param>
/// <param name="Partners">Each receiving partner with waiting referrals.</param>
public sealed record PendingReferrals(int OlderThanDays, int Total, IReadOnlyList<PendingAtPartner> Partners);

/// <summary>Shown partners come first, longest waits first; suppressed ones follow by name, so that their order says
/// nothing.</summary>
public sealed class PendingReferralsQuery(ActivityDbContext db, TimeProvider time)
{
    public async Task<PendingReferrals> RunAsync(int olderThanDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sentBefore = now.AddDays(-olderThanDays);
        var open = await db
            .Referrals.Where(r =>
                r.SentAt != null && r.SentAt <= sentBefore && !r.Accepted && !r.Declined && !r.Cancelled && !r.Expired
            )
            .Select(r => new { r.ToPartnerId, SentAt = r.SentAt!.Value })
            .ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var waiting = open.GroupBy(r => r.ToPartnerId)
            .Select(g => new
            {
                PartnerId = g.Key,
                Count = g.Count(),
                OldestDays = (int)Math.Floor((now - g.Min(r => r.SentAt)).TotalDays),
            })
            .OrderBy(g => g.PartnerId.ToString(), StringComparer.Ordinal)
            .ToList();
        var withheld = Suppression.Withhold(waiting.Select(g => g.Count).ToList());
        var rows = waiting
            .Select(
                (g, i) =>
                {
                    var partner = partners.GetValueOrDefault(g.PartnerId);
                    return withheld[i]
                        ? new PendingAtPartner(g.PartnerId, partner?.Name, partner?.Commune, null, null, true)
                        : new PendingAtPartner(
                            g.PartnerId,
                            partner?.Name,
                            partner?.Commune,
                            g.Count,
                            g.OldestDays,
                            false
                        );
                }
            )
            .OrderBy(row => row.Suppressed)
            .ThenByDescending(row => row.OldestDays)
            .ThenByDescending(row => row.Open)
            .ThenBy(row => row.Name, StringComparer.Ordinal)
            .ToList();
        return new PendingReferrals(olderThanDays, open.Count, rows);
    }
}
