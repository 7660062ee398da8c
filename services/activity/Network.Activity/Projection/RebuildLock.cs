namespace Network.Activity.Projection;

/// <summary>
/// Keeps deliveries out while a rebuild replaces the read models: deliveries share the lock, a rebuild takes it alone.
/// Within one instance; the rebuild's transaction keeps other instances' deliveries waiting on the database.
/// </summary>
public sealed class RebuildLock : IDisposable
{
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private readonly object _gate = new();
    private int _sharers;
    private TaskCompletionSource _drained = Done();

    public async Task<IDisposable> ShareAsync(CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        try
        {
            lock (_gate)
            {
                if (_sharers++ == 0)
                {
                    _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }
        finally
        {
            _exclusive.Release();
        }

        return new Release(this);
    }

    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        Task drained;
        lock (_gate)
        {
            drained = _drained.Task;
        }

        try
        {
            await drained.WaitAsync(cancellationToken);
        }
        catch
        {
            _exclusive.Release();
            throw;
        }

        return new ExclusiveRelease(_exclusive);
    }

    public void Dispose() => _exclusive.Dispose();

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    private void Leave()
    {
        lock (_gate)
        {
            if (--_sharers == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    private sealed class Release(RebuildLock owner) : IDisposable
    {
        public void Dispose() => owner.Leave();
    }

    private sealed class ExclusiveRelease(SemaphoreSlim exclusive) : IDisposable
    {
        public void Dispose() => exclusive.Release();
    }
}
