using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>The metrics a time series can follow: each a value at an instant, and whether it is about residents.</summary>
public static class Metrics
{
    public static readonly IReadOnlyList<string> Names =
        ["events-published", "registrations", "attendance", "referrals-sent", "referrals-accepted", "loans", "loan-days"];

    public static bool AboutResidents(string metric) => metric is "registrations" or "attendance" or "referrals-sent" or "referrals-accepted";

    /// <summary>The (instant, value) pairs of <paramref name="metric"/> under <paramref name="filter"/>, as a query.</summary>
    internal static IQueryable<Point> Points(ActivityDbContext db, string metric, ActivityFilter filter) => metric switch
    {
        "events-published" => db.Events(filter).Where(e => e.Published).Select(e => new Point(e.StartsAt, 1)),
        "registrations" => db.Events(filter).Where(e => e.Published && !e.Cancelled).Select(e => new Point(e.StartsAt, e.ConfirmedSeats)),
        "attendance" => db.Events(filter).Where(e => e.Published && !e.Cancelled && e.AttendanceAsOf != null).Select(e => new Point(e.StartsAt, e.Present + e.WalkIns)),
        "referrals-sent" => db.Referrals(filter).Select(r => new Point(r.SentAt!.Value, 1)),
        "referrals-accepted" => db.Referrals(filter).Where(r => r.Accepted).Select(r => new Point(r.SentAt!.Value, 1)),
        "loans" => db.Loans(filter).Select(l => new Point(l.From, 1)),
        "loan-days" => db.Loans(filter).Where(l => l.Returned).Select(l => new Point(l.From, l.LoanDays)),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    internal sealed record Point(DateTimeOffset At, int Value);
}
