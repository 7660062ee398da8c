using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.ReadModels;

namespace Network.Activity.Queries;

/// <summary>
/// The event, referral and loan totals under a filter. Without a partner, the whole days of the period are read from
/// the daily totals and only the parts of a day at its ends from the rows; a partner's totals come from its own rows,
/// which the read models index by partner.
/// </summary>
internal sealed record PeriodTotals(EventTotals Events, ReferralTotals Referrals, LoanTotals Loans)
{
    public static readonly PeriodTotals None = new(EventTotals.None, ReferralTotals.None, LoanTotals.None);

    public static PeriodTotals operator +(PeriodTotals left, PeriodTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new PeriodTotals(left.Events + right.Events, left.Referrals + right.Referrals, left.Loans + right.Loans);
    }

    public static async Task<PeriodTotals> OfAsync(
        ActivityDbContext db,
        ActivityFilter filter,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.PartnerId is null
            ? (await ByCommuneAsync(db, filter, cancellationToken)).Values.Aggregate(None, (sum, commune) =>
                sum + commune
            )
            : await FromRowsAsync(db, filter, cancellationToken);
    }

    /// <summary>The totals of each commune under a filter without a partner (the commune the daily totals
    /// keep).</summary>
    public static async Task<Dictionary<string, PeriodTotals>> ByCommuneAsync(
        ActivityDbContext db,
        ActivityFilter filter,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (WholeDays.Of(filter) is not { } days)
        {
            return await ByCommuneFromRowsAsync(db, filter, cancellationToken);
        }

        var totals = await FromDaysAsync(db, days, filter.Commune, cancellationToken);
        foreach (var edge in days.Edges)
        {
            foreach (var (commune, part) in await ByCommuneFromRowsAsync(db, edge, cancellationToken))
            {
                totals[commune] = totals.GetValueOrDefault(commune, None) + part;
            }
        }

        return totals;
    }

    internal static async Task<PeriodTotals> FromRowsAsync(
        ActivityDbContext db,
        ActivityFilter filter,
        CancellationToken cancellationToken
    ) => (await ByKeyFromRowsAsync(db, filter, _ => 1, _ => 1, _ => 1, cancellationToken)).GetValueOrDefault(1, None);

    /// <summary>The rows' totals under <paramref name="filter"/> by commune, as the daily totals count them.</summary>
    internal static Task<Dictionary<string, PeriodTotals>> ByCommuneFromRowsAsync(
        ActivityDbContext db,
        ActivityFilter filter,
        CancellationToken cancellationToken
    ) => ByKeyFromRowsAsync(db, filter, e => e.Commune, r => r.Commune ?? "", l => l.Commune, cancellationToken);

    private static async Task<Dictionary<TKey, PeriodTotals>> ByKeyFromRowsAsync<TKey>(
        ActivityDbContext db,
        ActivityFilter filter,
        Expression<Func<EventActivity, TKey>> eventKey,
        Expression<Func<ReferralActivity, TKey>> referralKey,
        Expression<Func<LoanActivity, TKey>> loanKey,
        CancellationToken cancellationToken
    )
        where TKey : notnull
    {
        var events = await Totals.EventsAsync(db.Events(filter), eventKey, cancellationToken);
        var referrals = await Totals.ReferralsAsync(db.Referrals(filter), referralKey, cancellationToken);
        var loans = await Totals.LoansAsync(db.Loans(filter), loanKey, cancellationToken);
        return events
            .Keys.Union(referrals.Keys)
            .Union(loans.Keys)
            .ToDictionary(
                key => key,
                key => new PeriodTotals(
                    events.GetValueOrDefault(key, EventTotals.None),
                    referrals.GetValueOrDefault(key, ReferralTotals.None),
                    loans.GetValueOrDefault(key, LoanTotals.None)
                )
            );
    }

    private static async Task<Dictionary<string, PeriodTotals>> FromDaysAsync(
        ActivityDbContext db,
        WholeDays days,
        string? commune,
        CancellationToken cancellationToken
    )
    {
        var sums = await db.Days(days, commune)
            .GroupBy(d => d.Commune)
            .Select(g => new DailyTotals
            {
                Commune = g.Key,
                EventsPublished = g.Sum(t => t.EventsPublished),
                EventsCancelled = g.Sum(t => t.EventsCancelled),
                Registrations = g.Sum(t => t.Registrations),
                Attendance = g.Sum(t => t.Attendance),
                EventNoShows = g.Sum(t => t.EventNoShows),
                RecordedRegistered = g.Sum(t => t.RecordedRegistered),
                SeatsAtLimitedEvents = g.Sum(t => t.SeatsAtLimitedEvents),
                Capacity = g.Sum(t => t.Capacity),
                ReferralsSent = g.Sum(t => t.ReferralsSent),
                ReferralsAccepted = g.Sum(t => t.ReferralsAccepted),
                ReferralsDeclined = g.Sum(t => t.ReferralsDeclined),
                ReferralsCompleted = g.Sum(t => t.ReferralsCompleted),
                ReferralNoShows = g.Sum(t => t.ReferralNoShows),
                ReferralsExpired = g.Sum(t => t.ReferralsExpired),
                ReferralsCancelled = g.Sum(t => t.ReferralsCancelled),
                ReferralsOpen = g.Sum(t => t.ReferralsOpen),
                ReferralsAnswered = g.Sum(t => t.ReferralsAnswered),
                Loans = g.Sum(t => t.Loans),
                LoanDays = g.Sum(t => t.LoanDays),
                LoansOverdue = g.Sum(t => t.LoansOverdue),
            })
            .ToListAsync(cancellationToken);
        return sums.ToDictionary(
            sum => sum.Commune,
            sum => new PeriodTotals(EventTotals.Of(sum), ReferralTotals.Of(sum), LoanTotals.Of(sum)),
            StringComparer.Ordinal
        );
    }
}
