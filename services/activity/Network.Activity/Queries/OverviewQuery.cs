using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>The overview: a handful of aggregations over the read models, never over the stored messages.</summary>
public sealed class OverviewQuery(ActivityDbContext db)
{
    public async Task<Overview> RunAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var partners = await db.Partners(filter).GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var events = (await Totals.EventsAsync(db.Events(filter), _ => 1, cancellationToken)).GetValueOrDefault(1, EventTotals.None);
        var referrals = db.Referrals(filter);
        var referralTotals = (await Totals.ReferralsAsync(referrals, _ => 1, cancellationToken)).GetValueOrDefault(1, ReferralTotals.None);
        var (median, answered) = await Totals.MedianHoursToAnswerAsync(referrals, cancellationToken);
        var loans = (await Totals.LoansAsync(db.Loans(filter), _ => 1, cancellationToken)).GetValueOrDefault(1, LoanTotals.None);
        var lentDays = filter.PartnerId is { } partner
            ? await db.Loans(filter).Where(l => l.OwnerId == partner && l.Returned).SumAsync(l => l.LoanDays, cancellationToken)
            : loans.LoanDays;
        var items = await db.Items(filter).CountAsync(cancellationToken);

        return new Overview(
            filter.From,
            filter.To,
            filter.Commune,
            filter.PartnerId,
            new PartnerCounts(
                partners.Where(p => p.Key == "active").Sum(p => p.Count),
                partners.Where(p => p.Key == "pending").Sum(p => p.Count)),
            EventFigures.From(events, filter.IsLocal),
            ReferralFigures.From(referralTotals, median, answered, filter.IsLocal),
            EquipmentFigures.From(loans, lentDays, items, filter));
    }
}
