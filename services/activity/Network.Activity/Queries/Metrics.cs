using Network.Activity.Persistence;

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
}
