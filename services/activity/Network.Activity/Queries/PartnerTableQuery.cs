using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.ReadModels;

namespace Network.Activity.Queries;

/// <summary>
/// One row per known partner, every figure grouped in SQL by partner; partners are ordered by name. Each column about
/// residents adds up to a network total, so it is suppressed as a whole (<see cref="Suppression"/>).
/// </summary>
public sealed class PartnerTableQuery(ActivityDbContext db, FiguresMemo memo)
{
    private static readonly IReadOnlyList<ResidentCount<int>> SentCount = [new("referralsSent", sent => sent)];

    public Task<IReadOnlyList<PartnerRow>> RunAsync(ActivityFilter period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var filter = period.ForPeriod();
        return memo.GetAsync(
            db,
            (nameof(PartnerTableQuery), filter),
            () => ComputeAsync(filter, cancellationToken),
            cancellationToken
        );
    }

    private async Task<IReadOnlyList<PartnerRow>> ComputeAsync(
        ActivityFilter filter,
        CancellationToken cancellationToken
    )
    {
        var partners = await db
            .Partners.AsNoTracking()
            .OrderBy(p => p.Name)
            .ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var events = await Totals.EventsAsync(db.Events(filter), e => e.OrganiserId, cancellationToken);
        var referrals = db.Referrals(filter);
        var sent = await referrals
            .GroupBy(r => r.FromPartnerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var received = await Totals.ReferralsAsync(referrals, r => r.ToPartnerId, cancellationToken);
        var answerTimes = (
            await referrals
                .Where(r => r.HoursToAnswer != null)
                .Select(r => new { r.ToPartnerId, Hours = r.HoursToAnswer!.Value })
                .ToListAsync(cancellationToken)
        )
            .GroupBy(r => r.ToPartnerId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Hours).ToList());
        var lent = await Totals.LoansAsync(db.Loans(filter), l => l.OwnerId, cancellationToken);
        var borrowed = await db.Loans(filter)
            .GroupBy(l => l.BorrowerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var items = await db.Items(filter)
            .GroupBy(i => i.OwnerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var eventColumns = Disclosure.Across(
            partners.ToDictionary(p => p.Id, p => events.GetValueOrDefault(p.Id, EventTotals.None)),
            EventFigures.Counts
        );
        var sentColumn = Disclosure.Across(
            partners.ToDictionary(p => p.Id, p => sent.GetValueOrDefault(p.Id)),
            SentCount
        );
        var receivedColumns = Disclosure.Across(
            partners.ToDictionary(p => p.Id, p => received.GetValueOrDefault(p.Id, ReferralTotals.None)),
            ReferralFigures.Counts
        );

        return partners
            .Select(partner =>
            {
                var eventFigures = EventFigures.From(
                    events.GetValueOrDefault(partner.Id, EventTotals.None),
                    eventColumns(partner.Id)
                );
                var sentDisclosure = sentColumn(partner.Id);
                var sentFigure = sentDisclosure.Count("referralsSent", sent.GetValueOrDefault(partner.Id));
                var times = answerTimes.GetValueOrDefault(partner.Id) ?? [];
                var receivedFigures = ReferralFigures.From(
                    received.GetValueOrDefault(partner.Id, ReferralTotals.None),
                    Totals.Median(times),
                    receivedColumns(partner.Id)
                );
                var loans = lent.GetValueOrDefault(partner.Id, LoanTotals.None);
                var equipment = EquipmentFigures.From(
                    loans,
                    loans.LoanDays,
                    items.GetValueOrDefault(partner.Id),
                    filter
                );
                return new PartnerRow(
                    partner.Id,
                    partner.Name,
                    partner.Commune,
                    partner.Status,
                    eventFigures,
                    sentFigure,
                    receivedFigures,
                    new PartnerLoans(
                        loans.Loans,
                        borrowed.GetValueOrDefault(partner.Id),
                        loans.LoanDays,
                        equipment.UtilisationRate,
                        loans.Overdue
                    ),
                    eventFigures.Suppressed || sentDisclosure.Suppressed || receivedFigures.Suppressed
                );
            })
            .ToList();
    }
}
