using Microsoft.EntityFrameworkCore;
using Network.Contracts.Equipment;
using Network.Equipment.Api;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;

namespace Network.Equipment;

/// <summary>Turns checked-out loans past their end into overdue ones, on the injected clock, and announces each.</summary>
internal sealed partial class OverdueLoans(IServiceScopeFactory scopes, TimeProvider time, ILogger<OverdueLoans> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await MarkOverdueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task<int> MarkOverdueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EquipmentDbContext>();
        var facts = scope.ServiceProvider.GetRequiredService<EquipmentFacts>();
        var now = time.GetUtcNow();
        var late = await db.Reservations.Where(r => r.Status == ReservationStatus.CheckedOut && r.To <= now).Take(500).ToListAsync(cancellationToken);
        var itemIds = late.Select(r => r.EquipmentId).Distinct().ToList();
        var items = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var reservation in late.Where(r => r.MarkOverdue(now)))
        {
            db.Publish(new LoanOverdue(await facts.ReservationAsync(reservation, items[reservation.EquipmentId], cancellationToken), now), time);
        }

        // A replica that marked them first makes this save fail; the next round starts from what it stored.
        await db.SaveChangesAsync(cancellationToken);
        return late.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marking overdue loans failed ({ExceptionType}); it will run again.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
