using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>The overview: the daily totals and a handful of aggregations over the read models, never over the stored
/// messages.</summary>
public sealed class OverviewQuery(ActivityDbContext db)
{
    public async Task<Overview> RunAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var partners = await db.Partners(filter)
            .GroupBy(p => p.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var (events, referrals, loans) = await PeriodTotals.OfAsync(db, filter, cancellationToken);
        var median = await Totals.MedianHoursToAnswerAsync(db.Referrals(filter), referrals.Answered, cancellationToken);
        var lentDays = filter.PartnerId is { } partner
            ? await db.Loans(filter)
                .Where(l => l.OwnerId == partner && l.Returned)
                .SumAsync(l => l.LoanDays, cancellationToken)
            : loans.LoanDays;
        var items = await db.Items(filter).CountAsync(cancellationToken);
        var (eventDisclosure, referralDisclosure) = await LocalCells.DisclosuresAsync(db, filter, cancellationToken);

        return new Overview(
            filter.From,
            filter.To,
            filter.Commune,
            filter.PartnerId,
            new PartnerCounts(
                partners.Where(p => p.Key == "active").Sum(p => p.Count),
                partners.Where(p => p.Key == "pending").Sum(p => p.Count)
            ),
            EventFigures.From(events, eventDisclosure),
            ReferralFigures.From(referrals, median, referralDisclosure),
            EquipmentFigures.From(loans, lentDays, items, filter)
        );
    }
}
