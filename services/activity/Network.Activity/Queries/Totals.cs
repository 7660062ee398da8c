using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Network.Activity.ReadModels;

namespace Network.Activity.Queries;

/// <summary>Raw sums of event rows. Resident figures count only published events that were not cancelled.</summary>
public sealed record EventTotals(
    int Published,
    int Cancelled,
    int Registrations,
    int Attendance,
    int NoShows,
    int RecordedRegistered,
    int SeatsAtLimitedEvents,
    int Capacity
)
{
    public static readonly EventTotals None = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static EventTotals operator +(EventTotals left, EventTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new EventTotals(
            left.Published + right.Published,
            left.Cancelled + right.Cancelled,
            left.Registrations + right.Registrations,
            left.Attendance + right.Attendance,
            left.NoShows + right.NoShows,
            left.RecordedRegistered + right.RecordedRegistered,
            left.SeatsAtLimitedEvents + right.SeatsAtLimitedEvents,
            left.Capacity + right.Capacity
        );
    }

    public static EventTotals Of(DailyTotals days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new EventTotals(
            days.EventsPublished,
            days.EventsCancelled,
            days.Registrations,
            days.Attendance,
            days.EventNoShows,
            days.RecordedRegistered,
            days.SeatsAtLimitedEvents,
            days.Capacity
        );
    }
}

/// <summary>Raw counts of referral rows; <see cref="Answered"/> counts those with an answer time.</summary>
public sealed record ReferralTotals(
    int Sent,
    int Accepted,
    int Declined,
    int Completed,
    int NoShows,
    int Expired,
    int Cancelled,
    int Open,
    int Answered
)
{
    public static readonly ReferralTotals None = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static ReferralTotals operator +(ReferralTotals left, ReferralTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new ReferralTotals(
            left.Sent + right.Sent,
            left.Accepted + right.Accepted,
            left.Declined + right.Declined,
            left.Completed + right.Completed,
            left.NoShows + right.NoShows,
            left.Expired + right.Expired,
            left.Cancelled + right.Cancelled,
            left.Open + right.Open,
            left.Answered + right.Answered
        );
    }

    public static ReferralTotals Of(DailyTotals days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new ReferralTotals(
            days.ReferralsSent,
            days.ReferralsAccepted,
            days.ReferralsDeclined,
            days.ReferralsCompleted,
            days.ReferralNoShows,
            days.ReferralsExpired,
            days.ReferralsCancelled,
            days.ReferralsOpen,
            days.ReferralsAnswered
        );
    }
}

/// <summary>Raw sums of loan rows.</summary>
public sealed record LoanTotals(int Loans, int LoanDays, int Overdue)
{
    public static readonly LoanTotals None = new(0, 0, 0);

    public static LoanTotals operator +(LoanTotals left, LoanTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new LoanTotals(left.Loans + right.Loans, left.LoanDays + right.LoanDays, left.Overdue + right.Overdue);
    }

    public static LoanTotals Of(DailyTotals days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new LoanTotals(days.Loans, days.LoanDays, days.LoansOverdue);
    }
}

/// <summary>The SQL aggregations behind every figure, grouped by a key (a constant for a total, a partner for the
/// table).</summary>
internal static class Totals
{
    public static async Task<Dictionary<TKey, EventTotals>> EventsAsync<TKey>(
        IQueryable<EventActivity> rows,
        Expression<Func<EventActivity, TKey>> key,
        CancellationToken cancellationToken
    )
        where TKey : notnull =>
        (
            await rows.GroupBy(key)
                .Select(g => new
                {
                    g.Key,
                    Totals = new EventTotals(
                        g.Count(e => e.Published),
                        g.Count(e => e.Published && e.Cancelled),
                        g.Sum(e => e.Published && !e.Cancelled ? e.ConfirmedSeats : 0),
                        g.Sum(e => e.Published && !e.Cancelled && e.AttendanceAsOf != null ? e.Present + e.WalkIns : 0),
                        g.Sum(e => e.Published && !e.Cancelled && e.AttendanceAsOf != null ? e.NoShows : 0),
                        g.Sum(e => e.Published && !e.Cancelled && e.AttendanceAsOf != null ? e.Registered : 0),
                        g.Sum(e => e.Published && !e.Cancelled && e.Capacity != null ? e.ConfirmedSeats : 0),
                        g.Sum(e => e.Published && !e.Cancelled && e.Capacity != null ? e.Capacity!.Value : 0)
                    ),
                })
                .ToListAsync(cancellationToken)
        ).ToDictionary(x => x.Key, x => x.Totals);

    public static async Task<Dictionary<TKey, ReferralTotals>> ReferralsAsync<TKey>(
        IQueryable<ReferralActivity> rows,
        Expression<Func<ReferralActivity, TKey>> key,
        CancellationToken cancellationToken
    )
        where TKey : notnull =>
        (
            await rows.GroupBy(key)
                .Select(g => new
                {
                    g.Key,
                    Totals = new ReferralTotals(
                        g.Count(),
                        g.Count(r => r.Accepted),
                        g.Count(r => r.Declined),
                        g.Count(r => r.Completed),
                        g.Count(r => r.NoShow),
                        g.Count(r => r.Expired),
                        g.Count(r => r.Cancelled),
                        g.Count(r => !r.Accepted && !r.Declined && !r.Cancelled && !r.Expired),
                        g.Count(r => r.HoursToAnswer != null)
                    ),
                })
                .ToListAsync(cancellationToken)
        ).ToDictionary(x => x.Key, x => x.Totals);

    public static async Task<Dictionary<TKey, LoanTotals>> LoansAsync<TKey>(
        IQueryable<LoanActivity> rows,
        Expression<Func<LoanActivity, TKey>> key,
        CancellationToken cancellationToken
    )
        where TKey : notnull =>
        (
            await rows.GroupBy(key)
                .Select(g => new
                {
                    g.Key,
                    Totals = new LoanTotals(
                        g.Count(),
                        g.Sum(l => l.Returned ? l.LoanDays : 0),
                        g.Count(l => l.OverdueNoticed && !l.Returned)
                    ),
                })
                .ToListAsync(cancellationToken)
        ).ToDictionary(x => x.Key, x => x.Totals);

    /// <summary>
    /// The median of the answer times of the <paramref name="count"/> answered referrals among <paramref name="rows"/>,
    /// found in SQL by ordering: null when none was answered.
    /// </summary>
    public static async Task<double?> MedianHoursToAnswerAsync(
        IQueryable<ReferralActivity> rows,
        int count,
        CancellationToken cancellationToken
    )
    {
        if (count == 0)
        {
            return null;
        }

        var middle = await rows.Where(r => r.HoursToAnswer != null)
            .Select(r => r.HoursToAnswer!.Value)
            .OrderBy(hours => hours)
            .Skip((count - 1) / 2)
            .Take(2 - (count % 2))
            .ToListAsync(cancellationToken);
        return middle.Average();
    }

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var half = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}
