using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;
using Network.Activity.ReadModels;

namespace Network.Activity.Queries;

/// <summary>The metrics a time series can follow: each a value at an instant, and whether it is about
/// residents.</summary>
public static class Metrics
{
    public static readonly IReadOnlyList<string> Names =
    [
        "events-published",
        "registrations",
        "attendance",
        "referrals-sent",
        "referrals-accepted",
        "loans",
        "loan-days",
    ];

    public static bool AboutResidents(string metric) =>
        metric is "registrations" or "attendance" or "referrals-sent" or "referrals-accepted";

    /// <summary>
    /// The points of <paramref name="metric"/> under <paramref name="filter"/>. Without a partner, the whole days of
    /// the period come from the daily totals, one point per day and commune at the day's midnight (a bucket holds
    /// whole days), and only the parts of a day at the period's ends from the rows; a partner's points come from its
    /// rows.
    /// </summary>
    internal static async Task<List<Point>> PointsAsync(
        ActivityDbContext db,
        string metric,
        ActivityFilter filter,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.PartnerId is not null || WholeDays.Of(filter) is not { } days)
        {
            return await Points(db, metric, filter).ToListAsync(cancellationToken);
        }

        var daily = await db.Days(days, filter.Commune).Select(Daily(metric)).ToListAsync(cancellationToken);
        var points = daily
            .Where(day => day.Value != 0)
            .Select(day => new Point(ParisCalendar.Midnight(day.Day), day.Value, day.Commune, Guid.Empty, null))
            .ToList();
        foreach (var edge in days.Edges)
        {
            points.AddRange(await Points(db, metric, edge).ToListAsync(cancellationToken));
        }

        return points;
    }

    /// <summary>What one day's totals hold of <paramref name="metric"/>: the same rule as its rows'
    /// (<see cref="DailyTotals.Of(EventActivity)"/> and its siblings).</summary>
    private static Expression<Func<DailyTotals, DayValue>> Daily(string metric) =>
        metric switch
        {
            "events-published" => d => new DayValue(d.Day, d.Commune, d.EventsPublished),
            "registrations" => d => new DayValue(d.Day, d.Commune, d.Registrations),
            "attendance" => d => new DayValue(d.Day, d.Commune, d.Attendance),
            "referrals-sent" => d => new DayValue(d.Day, d.Commune, d.ReferralsSent),
            "referrals-accepted" => d => new DayValue(d.Day, d.Commune, d.ReferralsAccepted),
            "loans" => d => new DayValue(d.Day, d.Commune, d.Loans),
            "loan-days" => d => new DayValue(d.Day, d.Commune, d.LoanDays),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
        };

    /// <summary>
    /// The points of <paramref name="metric"/> under <paramref name="filter"/>, as a query: each an instant and a
    /// value, with the commune and the partners it counts for (an event's organiser; a referral's sender and receiver;
    /// a loan's owner and borrower).
    /// </summary>
    internal static IQueryable<Point> Points(ActivityDbContext db, string metric, ActivityFilter filter) =>
        metric switch
        {
            "events-published" => db.Events(filter)
                .Where(e => e.Published)
                .Select(e => new Point(e.StartsAt, 1, e.Commune, e.OrganiserId, null)),
            "registrations" => db.Events(filter)
                .Where(e => e.Published && !e.Cancelled)
                .Select(e => new Point(e.StartsAt, e.ConfirmedSeats, e.Commune, e.OrganiserId, null)),
            "attendance" => db.Events(filter)
                .Where(e => e.Published && !e.Cancelled && e.AttendanceAsOf != null)
                .Select(e => new Point(e.StartsAt, e.Present + e.WalkIns, e.Commune, e.OrganiserId, null)),
            "referrals-sent" => db.Referrals(filter)
                .Select(r => new Point(r.SentAt!.Value, 1, r.Commune ?? "", r.FromPartnerId, r.ToPartnerId)),
            "referrals-accepted" => db.Referrals(filter)
                .Where(r => r.Accepted)
                .Select(r => new Point(r.SentAt!.Value, 1, r.Commune ?? "", r.FromPartnerId, r.ToPartnerId)),
            "loans" => db.Loans(filter).Select(l => new Point(l.From, 1, l.Commune, l.OwnerId, l.BorrowerId)),
            "loan-days" => db.Loans(filter)
                .Where(l => l.Returned)
                .Select(l => new Point(l.From, l.LoanDays, l.Commune, l.OwnerId, l.BorrowerId)),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
        };

    internal sealed record Point(DateTimeOffset At, int Value, string Commune, Guid Partner, Guid? OtherPartner);

    private sealed record DayValue(DateOnly Day, string Commune, int Value);
}
