using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright. The browser comes from the system's packages (<c>network.sh test</c>
/// installs it): machines and CI reach no browser download, so Playwright's own builds are never fetched.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private static readonly ConditionalWeakTable<IBrowserContext, Visitor> Visitors = [];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: './network.sh test' installs it, or 'apt-get install chromium'."
            );
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            }
        );
    }

    /// <summary>A new browser context (its own cookies and storage) shaped like <paramref name="visitor"/>.</summary>
    public async Task<IBrowserContext> NewContextAsync(Visitor visitor, Uri? baseAddress = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = baseAddress?.ToString(),
            JavaScriptEnabled = visitor.JavaScript,
            ViewportSize = new ViewportSize { Width = visitor.Width, Height = visitor.Height },
            Locale = visitor.Locale,
            TimezoneId = "Europe/Paris",
        };
        if (visitor.ForwardedFor is { } address)
        {
            options.ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = address };
        }

        var context = await Browser.NewContextAsync(options);
        Visitors.Add(context, visitor);
        return context;
    }

    /// <summary>Whether the page's scripts run: false for a visitor without JavaScript.</summary>
    public static bool RunsScripts(IBrowserContext context) =>
        !Visitors.TryGetValue(context, out var visitor) || visitor.JavaScript;

    /// <summary>A page in a context of its own; disposing the result closes both.</summary>
    public async Task<BrowserTab> NewPageAsync(Visitor visitor, Uri? baseAddress = null)
    {
        var context = await NewContextAsync(visitor, baseAddress);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
