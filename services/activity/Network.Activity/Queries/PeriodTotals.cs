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
    public static async Task<PeriodTotals> OfAsync(ActivityDbContext db, ActivityFilter filter, CancellationToken cancellationToken)
    {
        if (filter.PartnerId is not null || WholeDays.Of(filter) is not { } days)
        {
            return await FromRowsAsync(db, filter, cancellationToken);
        }

        var totals = await FromDaysAsync(db, days, filter.Commune, cancellationToken);
        foreach (var edge in days.Edges)
        {
            var part = await FromRowsAsync(db, edge, cancellationToken);
            totals = new PeriodTotals(totals.Events + part.Events, totals.Referrals + part.Referrals, totals.Loans + part.Loans);
        }

        return totals;
    }

    internal static async Task<PeriodTotals> FromRowsAsync(ActivityDbContext db, ActivityFilter filter, CancellationToken cancellationToken)
        => new(
            (await Totals.EventsAsync(db.Events(filter), _ => 1, cancellationToken)).GetValueOrDefault(1, EventTotals.None),
            (await Totals.ReferralsAsync(db.Referrals(filter), _ => 1, cancellationToken)).GetValueOrDefault(1, ReferralTotals.None),
            (await Totals.LoansAsync(db.Loans(filter), _ => 1, cancellationToken)).GetValueOrDefault(1, LoanTotals.None));

    private static async Task<PeriodTotals> FromDaysAsync(ActivityDbContext db, WholeDays days, string? commune, CancellationToken cancellationToken)
    {
        var rows = db.DailyTotals.AsQueryable();
        rows = days.First is { } first ? rows.Where(d => d.Day >= first) : rows;
        rows = days.End is { } end ? rows.Where(d => d.Day < end) : rows;
        rows = commune is null ? rows : rows.Where(d => d.Commune == commune);
        var sum = await rows.GroupBy(_ => 1).Select(g => new DailyTotals
        {
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
        }).SingleOrDefaultAsync(cancellationToken) ?? new DailyTotals();
        return new PeriodTotals(EventTotals.Of(sum), ReferralTotals.Of(sum), LoanTotals.Of(sum));
    }
}
