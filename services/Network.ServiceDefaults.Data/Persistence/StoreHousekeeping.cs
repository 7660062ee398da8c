using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Notices;

namespace Network.ServiceDefaults.Persistence;

/// <summary>Removes what has served its purpose: sent outbox messages, old inbox entries, expired idempotency
/// records, notices sent or dropped (a failed notice stays on the call list as long as what it was made
/// from).</summary>
internal sealed partial class StoreHousekeeping(
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<StoreHousekeeping> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HousekeepingInterval, time);
        do
        {
            try
            {
                await CleanAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task CleanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var now = time.GetUtcNow();
        var horizon = now - options.Value.Retention;
        await db
            .OutboxMessages.Where(message => message.SentAt != null && message.SentAt < horizon)
            .ExecuteDeleteAsync(cancellationToken);
        await db.InboxMessages.Where(message => message.HandledAt < horizon).ExecuteDeleteAsync(cancellationToken);
        var expired = now - IdempotencyRecord.Lifetime;
        await db.IdempotencyRecords.Where(record => record.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
        if (db.Model.FindEntityType(typeof(Notice)) is not null)
        {
            await db.Set<Notice>()
                .Where(n =>
                    (n.Outcome == NoticeOutcome.Sent || n.Outcome == NoticeOutcome.Moot) && n.CreatedAt < horizon
                )
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Housekeeping of the message store failed ({ExceptionType}); it will run again."
    )]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
