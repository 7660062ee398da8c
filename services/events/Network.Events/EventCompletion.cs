using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Hosting;

namespace Network.Events;

/// <summary>Marks published events completed once they have ended, on the injected clock, and announces it.</summary>
internal sealed class EventCompletion(IServiceScopeFactory scopes, TimeProvider time, ILogger<EventCompletion> logger)
    : PeriodicWork(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => CompleteEndedAsync(cancellationToken);

    internal async Task<int> CompleteEndedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var now = Time.GetUtcNow();
        var ended = await db
            .Events.Where(e => e.Status == EventStatus.Published && e.EndsAt <= now)
            .OrderBy(e => e.EndsAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var e in ended.Where(e => e.Complete(now)))
        {
            db.Publish(new EventCompleted(EventFacts.Snapshot(e), e.SeatsTaken, now), Time);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ended.Count;
    }
}
