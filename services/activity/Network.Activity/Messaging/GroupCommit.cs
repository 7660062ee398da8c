using System.Collections.Concurrent;

namespace Network.Activity.Messaging;

/// <summary>
/// Stores the messages delivered at the same time in one transaction: each delivery queues its message, and whichever
/// delivery holds the turn commits everything queued so far. One commit (and one flush of the database file) then
/// serves many messages, and no message is acknowledged before the commit that holds it.
/// </summary>
internal sealed class GroupCommit : IDisposable
{
    /// <summary>The most messages one transaction holds.</summary>
    public const int MaxBatch = 64;

    private readonly ConcurrentQueue<PendingMessage> _queue = new();
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <param name="store">Stores a batch and completes each of its messages, with success or the error met.</param>
    public async Task StoreAsync(
        PendingMessage pending,
        Func<IReadOnlyList<PendingMessage>, Task> store,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(store);
        _queue.Enqueue(pending);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            // The holder before may have committed this message already; otherwise it is among the next batches.
            while (!pending.Stored.Task.IsCompleted)
            {
                var batch = Drain();
                try
                {
                    await store(batch);
                }
                catch (Exception exception)
                {
                    foreach (var message in batch)
                    {
                        message.Stored.TrySetException(exception);
                    }
                }
            }
        }
        finally
        {
            _turn.Release();
        }

        await pending.Stored.Task;
    }

    public void Dispose() => _turn.Dispose();

    private List<PendingMessage> Drain()
    {
        var batch = new List<PendingMessage>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var message))
        {
            batch.Add(message);
        }

        return batch;
    }
}
