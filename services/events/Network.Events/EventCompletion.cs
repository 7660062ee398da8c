using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Events.Api;
using Network.Events.Domain;
using Network.Events.Persistence;

namespace Network.Events;

/// <summary>Marks published events completed once they have ended, on the injected clock, and announces it.</summary>
internal sealed partial class EventCompletion(IServiceScopeFactory scopes, TimeProvider time, ILogger<EventCompletion> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await CompleteEndedAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task<int> CompleteEndedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var now = time.GetUtcNow();
        var ended = await db.Events.Where(e => e.Status == EventStatus.Published && e.EndsAt <= now).OrderBy(e => e.EndsAt).Take(500).ToListAsync(cancellationToken);
        foreach (var e in ended.Where(e => e.Complete(now)))
        {
            db.Publish(new EventCompleted(EventFacts.Snapshot(e), e.SeatsTaken, now), time);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ended.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Completing ended events failed ({ExceptionType}); it will run again.")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
