using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Keeps SQLite's query-planner statistics current, as SQL Server keeps its own: without them SQLite takes any equality
/// for a narrow one and, for instance, reads every active partner by status rather than the few near a point.
/// <c>PRAGMA optimize</c> analyses only the tables that grew or were never analysed, within a bounded effort.
/// </summary>
internal sealed partial class SqliteStatistics<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<SqliteStatistics<TContext>> logger
) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
    }

    internal async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<TContext>()
            .Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Refreshing the database's query-planner statistics failed ({ExceptionType}); it will run again."
    )]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
