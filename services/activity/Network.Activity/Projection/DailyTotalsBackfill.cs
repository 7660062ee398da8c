using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Projection;

/// <summary>
/// A database written before the daily totals existed has counted rows and no totals: the first start after the
/// upgrade rebuilds the read models, which writes them. From then on rows and totals are saved together, so this
/// finds nothing to do.
/// </summary>
internal sealed partial class DailyTotalsBackfill(IServiceScopeFactory scopes, ILogger<DailyTotalsBackfill> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        if (await db.DailyTotals.AnyAsync(cancellationToken) || !await HasCountedRowsAsync(db, cancellationToken))
        {
            return;
        }

        LogBackfilling(logger);
        var outcome = await scope.ServiceProvider.GetRequiredService<ReadModelRebuild>().RunAsync(cancellationToken);
        LogBackfilled(logger, outcome.Messages, outcome.DurationMs);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> HasCountedRowsAsync(ActivityDbContext db, CancellationToken cancellationToken) =>
        await db.Events.AnyAsync(e => e.Published, cancellationToken)
        || await db.Referrals.AnyAsync(r => r.SentAt != null, cancellationToken)
        || await db.Loans.AnyAsync(l => l.CheckedOut, cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The read models have no daily totals yet: rebuilding them from the stored messages."
    )]
    private static partial void LogBackfilling(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Daily totals written: {Messages} messages replayed in {DurationMs} ms."
    )]
    private static partial void LogBackfilled(ILogger logger, int messages, long durationMs);
}
