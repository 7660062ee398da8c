using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>A page and the context it alone lives in: a test disposes it to leave no cookies behind for the
/// next.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
