using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox messages (or sends them, for a command with a destination queue): woken by each commit,
/// sweeping periodically as a back-up, and retrying while the broker is away. Each batch is claimed with a conditional
/// update first, so that several instances of a service share the work without publishing a message twice.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger
) : BackgroundService
{
    /// <summary>Message types by stored name, resolved once per type rather than once per message.</summary>
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    private readonly MessagingOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await DispatchBatchAsync(stoppingToken);
                failures = outcome == BatchOutcome.Failed ? failures + 1 : 0;
                if (outcome == BatchOutcome.More)
                {
                    continue;
                }

                if (outcome == BatchOutcome.Failed)
                {
                    await Task.Delay(Backoff(failures), time, stoppingToken);
                    continue;
                }

                await signal.WaitAsync(_options.OutboxSweepInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The dispatcher outlives any outage: nothing it meets may stop it.
                failures++;
                LogStoreUnavailable(logger, exception.GetType().Name);
                await Task.Delay(Backoff(failures), time, stoppingToken);
            }
        }
    }

    private async Task<BatchOutcome> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var now = time.GetUtcNow();

        var candidates = await Pending(db.OutboxMessages, now)
            .OrderBy(message => message.CreatedAt)
            .ThenBy(message => message.Id)
            .Select(message => message.Id)
            .Take(_options.OutboxBatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return BatchOutcome.Idle;
        }

        // The condition is checked again on each row as it is updated: of two instances racing for a
        // row, the second finds it claimed and leaves it.
        var token = Guid.CreateVersion7();
        var claimed = await Pending(db.OutboxMessages.Where(message => candidates.Contains(message.Id)), now)
            .ExecuteUpdateAsync(
                setters =>
                    setters
                        .SetProperty(message => message.LockToken, token)
                        .SetProperty(message => message.LockedUntil, now + _options.OutboxLease),
                cancellationToken
            );
        if (claimed == 0)
        {
            return BatchOutcome.More;
        }

        var batch = await db
            .OutboxMessages.AsNoTracking()
            .Where(message => message.LockToken == token)
            .OrderBy(message => message.CreatedAt)
            .ThenBy(message => message.Id)
            .ToListAsync(cancellationToken);

        var results = await Task.WhenAll(batch.Select(message => PublishAsync(message, cancellationToken)));
        var sent = batch.Where((_, index) => results[index] is null).Select(message => message.Id).ToList();
        if (sent.Count > 0)
        {
            var sentAt = time.GetUtcNow();
            await db
                .OutboxMessages.Where(message => sent.Contains(message.Id) && message.LockToken == token)
                .ExecuteUpdateAsync(
                    setters =>
                        setters
                            .SetProperty(message => message.SentAt, sentAt)
                            .SetProperty(message => message.LockedUntil, (DateTimeOffset?)null)
                            .SetProperty(
                                message => message.Body,
                                message => message.Destination == null ? message.Body : ""
                            ),
                    CancellationToken.None
                );
        }

        var failed = batch.Where((_, index) => results[index] is not null).ToList();
        foreach (var message in failed)
        {
            await ReleaseAfterFailureAsync(db, message, token, results[batch.IndexOf(message)]!);
        }

        if (failed.Count > 0)
        {
            return BatchOutcome.Failed;
        }

        return batch.Count == _options.OutboxBatchSize ? BatchOutcome.More : BatchOutcome.Idle;
    }

    private static IQueryable<OutboxMessage> Pending(IQueryable<OutboxMessage> messages, DateTimeOffset now) =>
        messages.Where(message => message.SentAt == null && (message.LockedUntil == null || message.LockedUntil < now));

    /// <summary>Publishes one message and waits for the broker's confirmation; returns the error, or null.</summary>
    private async Task<string?> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = Types.GetOrAdd(message.MessageType, static name => Type.GetType(name));
        if (type is null)
        {
            return $"Unknown message type {message.MessageType}.";
        }

        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = OutboxDiagnostics.Source.StartActivity("outbox publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            var body = JsonSerializer.Deserialize(message.Body, type, OutboxJson.Options)!;
            if (message.Destination is null)
            {
                await bus.Publish(body, type, context => context.MessageId = message.Id, timeout.Token);
            }
            else
            {
                var endpoint = await bus.GetSendEndpoint(CommandRoute.Address(message.Destination));
                await endpoint.Send(
                    body,
                    type,
                    context =>
                    {
                        context.MessageId = message.Id;
                        CommandRoute.Mandatory(context);
                    },
                    timeout.Token
                );
            }

            return null;
        }
        catch (Exception exception)
            when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
    }

    private async Task ReleaseAfterFailureAsync(ServiceDbContext db, OutboxMessage message, Guid token, string error)
    {
        LogPublishFailed(logger, message.Id, message.MessageType, message.Attempts + 1, error);
        var retryAt = time.GetUtcNow() + Backoff(message.Attempts + 1);
        var truncated = error.Length > 2000 ? error[..2000] : error;
        await db
            .OutboxMessages.Where(row => row.Id == message.Id && row.LockToken == token)
            .ExecuteUpdateAsync(
                setters =>
                    setters
                        .SetProperty(row => row.Attempts, row => row.Attempts + 1)
                        .SetProperty(row => row.LastError, truncated)
                        .SetProperty(row => row.LockedUntil, retryAt),
                CancellationToken.None
            );
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(
            Math.Min(_options.OutboxMaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10)))
        );

    private enum BatchOutcome
    {
        Idle,
        More,
        Failed,
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} ({MessageType}) not published, attempt {Attempt}: {Error}"
    )]
    private static partial void LogPublishFailed(
        ILogger logger,
        Guid messageId,
        string messageType,
        int attempt,
        string error
    );

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox store unavailable ({ExceptionType}); retrying.")]
    private static partial void LogStoreUnavailable(ILogger logger, string exceptionType);
}
