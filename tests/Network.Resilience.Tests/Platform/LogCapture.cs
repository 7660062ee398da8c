using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Resilience.Tests.Platform;

/// <summary>One line a resource wrote to its standard output or error.</summary>
public sealed record LogLine(string Resource, string Text);

/// <summary>
/// Keeps every log line of every resource of the app host, from before it starts until it is disposed, and the
/// instances (one per replica, each with a name of its own) each resource has had.
/// </summary>
internal sealed class LogCapture : IAsyncDisposable
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, Task> _watchers = new();
    private readonly ConcurrentDictionary<string, string> _resourceOfInstance = new();
    private Task _discovery = Task.CompletedTask;

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    /// <summary>Every instance of every resource seen so far.</summary>
    public IReadOnlyList<string> Instances => [.. _resourceOfInstance.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> InstancesOf(string resource) =>
        [
            .. _resourceOfInstance
                .Where(pair => pair.Value == resource)
                .Select(pair => pair.Key)
                .Order(StringComparer.Ordinal),
        ];

    public static LogCapture Start(DistributedApplication app)
    {
        var capture = new LogCapture();
        var loggers = app.Services.GetRequiredService<ResourceLoggerService>();
        capture._discovery = Task.Run(() => capture.DiscoverAsync(app.ResourceNotifications, loggers));
        return capture;
    }

    /// <summary>Every instance of every resource (a replica has a name of its own) gets a watcher when it first
    /// appears.</summary>
    private async Task DiscoverAsync(ResourceNotificationService notifications, ResourceLoggerService loggers)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(_stop.Token))
            {
                _resourceOfInstance[change.ResourceId] = change.Resource.Name;
                _ = _watchers.GetOrAdd(change.ResourceId, name => Task.Run(() => WatchAsync(loggers, name)));
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private async Task WatchAsync(ResourceLoggerService loggers, string resource)
    {
        try
        {
            await foreach (var batch in loggers.WatchAsync(resource).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    _lines.Enqueue(new LogLine(resource, line.Content));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _discovery;
        await Task.WhenAll(_watchers.Values);
        _stop.Dispose();
    }
}
