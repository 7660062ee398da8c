using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Hosting;

/// <summary>
/// Work a service does on its own clock (completing ended events, marking late loans, reminding): at start, then every
/// <see cref="Interval"/> of the injected <see cref="TimeProvider"/>, so that tests move time instead of waiting. A
/// failed round is logged by its exception's type only (never a message that could hold data) and runs again.
/// </summary>
public abstract partial class PeriodicWork(TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One round of the work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, GetType().Name, exception.GetType().Name);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} failed ({ExceptionType}); it will run again.")]
    private static partial void LogFailed(ILogger logger, string work, string exceptionType);
}
