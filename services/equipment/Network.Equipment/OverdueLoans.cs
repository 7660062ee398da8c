using Microsoft.EntityFrameworkCore;
using Network.Contracts.Equipment;
using Network.Equipment.Api;
using Network.Equipment.Domain;
using Network.Equipment.Notices;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Hosting;

namespace Network.Equipment;

/// <summary>Turns checked-out loans past their end into overdue ones, on the injected clock, and announces
/// each.</summary>
internal sealed class OverdueLoans(IServiceScopeFactory scopes, TimeProvider time, ILogger<OverdueLoans> logger)
    : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => MarkOverdueAsync(cancellationToken);

    internal async Task<int> MarkOverdueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EquipmentDbContext>();
        var facts = scope.ServiceProvider.GetRequiredService<EquipmentFacts>();
        var now = Time.GetUtcNow();
        var late = await db
            .Reservations.Where(r => r.Status == ReservationStatus.CheckedOut && r.To <= now)
            .OrderBy(r => r.To)
            .Take(500)
            .ToListAsync(cancellationToken);
        var itemIds = late.Select(r => r.EquipmentId).Distinct().ToList();
        var items = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var reservation in late.Where(r => r.MarkOverdue(now)))
        {
            LoanNotices.Owe(db, reservation, LoanNoticeKind.LoanOverdue, now);
            db.Publish(
                new LoanOverdue(
                    await facts.ReservationAsync(reservation, items[reservation.EquipmentId], cancellationToken),
                    now
                ),
                Time
            );
        }

        // A replica that marked them first makes this save fail; the next round starts from what it stored.
        await db.SaveChangesAsync(cancellationToken);
        return late.Count;
    }
}
