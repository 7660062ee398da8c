using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>
/// Referrals a partner received and has not answered (sent, not accepted, declined, cancelled or expired): how many,
/// and for how many whole days the oldest has waited. A partner with fewer than 5 has both suppressed.
/// </summary>
public sealed record PendingAtPartner(Guid PartnerId, string? Name, string? Commune, int? Open, int? OldestDays, bool Suppressed);

/// <summary>The answer of <c>GET /api/activity/referrals/pending</c>; <see cref="Total"/> is a network total, never suppressed.</summary>
public sealed record PendingReferrals(int OlderThanDays, int Total, IReadOnlyList<PendingAtPartner> Partners);

public sealed class PendingReferralsQuery(ActivityDbContext db, TimeProvider time)
{
    public async Task<PendingReferrals> RunAsync(int olderThanDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sentBefore = now.AddDays(-olderThanDays);
        var open = await db.Referrals
            .Where(r => r.SentAt != null && r.SentAt <= sentBefore && !r.Accepted && !r.Declined && !r.Cancelled && !r.Expired)
            .Select(r => new { r.ToPartnerId, SentAt = r.SentAt!.Value })
            .ToListAsync(cancellationToken);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var rows = open
            .GroupBy(r => r.ToPartnerId)
            .Select(g => new { PartnerId = g.Key, Count = g.Count(), OldestDays = (int)Math.Floor((now - g.Min(r => r.SentAt)).TotalDays) })
            .OrderByDescending(g => g.OldestDays).ThenByDescending(g => g.Count)
            .Select(g =>
            {
                var suppression = new Suppression(true);
                var count = suppression.Count(g.Count);
                var partner = partners.GetValueOrDefault(g.PartnerId);
                return new PendingAtPartner(g.PartnerId, partner?.Name, partner?.Commune, count, count is null ? null : g.OldestDays, suppression.Suppressed);
            })
            .ToList();
        return new PendingReferrals(olderThanDays, open.Count, rows);
    }
}
