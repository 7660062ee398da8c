using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>
/// The network's public figures: the overview's totals (the daily totals, and the rows for the part of today) for this
/// year so far and last year, with every count about residents under 5 withheld, as no total is known beside them.
/// </summary>
public sealed class PublicFiguresQuery(ActivityDbContext db, TimeProvider time)
{
    public async Task<PublicFigures> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var year = ParisCalendar.Day(now).Year;
        var active = await db.Partners(ActivityFilter.Network).CountAsync(p => p.Status == "active", cancellationToken);
        return new PublicFigures(
            active,
            await PeriodAsync(year, now, cancellationToken),
            await PeriodAsync(year - 1, StartOf(year), cancellationToken)
        );
    }

    private async Task<PublicPeriodFigures> PeriodAsync(
        int year,
        DateTimeOffset to,
        CancellationToken cancellationToken
    )
    {
        var filter = ActivityFilter.Network with { From = StartOf(year), To = to };
        var (events, referrals, loans) = await PeriodTotals.OfAsync(db, filter, cancellationToken);
        var residents = Disclosure.Alone(events, EventFigures.Counts);
        var referred = Disclosure.Alone(referrals, ReferralFigures.Counts);
        return new PublicPeriodFigures(
            year,
            filter.From!.Value,
            to,
            events.Published - events.Cancelled,
            residents.Count("registrations", events.Registrations),
            referred.Count("sent", referrals.Sent),
            referred.Count("accepted", referrals.Accepted),
            loans.Loans,
            residents.Suppressed || referred.Suppressed
        );
    }

    private static DateTimeOffset StartOf(int year) => ParisCalendar.Midnight(new DateOnly(year, 1, 1));
}
