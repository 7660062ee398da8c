namespace Network.Testing;

/// <summary>Waits for an asynchronous outcome with a deadline, never with a fixed sleep.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static async Task<bool> TryAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(pause);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 250));
        }
    }

    public static async Task AssertAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        if (!await TryAsync(condition, timeout))
        {
            throw new Xunit.Sdk.XunitException($"Timed out waiting until {because}.");
        }
    }
}
