namespace Network.ServiceDefaults.Messaging;

/// <summary>Wakes the dispatcher as soon as a commit wrote outbox messages; many signals before it wakes count as
/// one.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the dispatcher will see every message when it wakes.
        }
    }

    /// <summary>Waits for a signal, or for <paramref name="sweep"/> to pass: the back-up for a signal that was
    /// missed.</summary>
    public Task<bool> WaitAsync(TimeSpan sweep, CancellationToken cancellationToken) =>
        _pending.WaitAsync(sweep, cancellationToken);

    public void Dispose() => _pending.Dispose();
}
