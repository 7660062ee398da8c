using Microsoft.Extensions.Caching.Memory;

namespace Network.Activity.Queries;

/// <summary>
/// The network-wide tables (per partner, flows between partners) weigh every row of a period, and a reader asks for
/// the same one several times: the pages of a table, a dashboard opened again. Each is computed once per state of the
/// read models, which this instance's deliveries and rebuilds mark as changed; what another instance stored is seen
/// once the answer is <see cref="MaxAge"/> old.
/// </summary>
public sealed class FiguresMemo(IMemoryCache cache)
{
    /// <summary>How long an answer may miss what another instance of the service stored.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private long _state;

    /// <summary>The read models changed: answers computed before are not given again.</summary>
    public void Changed() => Interlocked.Increment(ref _state);

    /// <summary>The answer for <paramref name="key"/> in the current state, computed when there is none.</summary>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        // Read before computing: rows committed meanwhile change the state, so the answer is never kept beyond it.
        var entry = (typeof(FiguresMemo), key, Interlocked.Read(ref _state));
        if (cache.TryGetValue(entry, out T? known) && known is not null)
        {
            return known;
        }

        var answer = await compute();
        cache.Set(entry, answer, MaxAge);
        return answer;
    }
}
