namespace Network.Portal.Tests;

/// <summary>
/// The kind of browser a test plays: with or without JavaScript, its viewport, and the client address the gateway
/// sees. The gateway trusts <c>X-Forwarded-For</c> from loopback, so two visitors with different addresses are two
/// clients to its rate limits.
/// </summary>
public sealed record Visitor(
    bool JavaScript = true,
    int Width = 1280,
    int Height = 800,
    string? ForwardedFor = null,
    string Locale = "fr-FR"
)
{
    private static int _addresses;

    public static Visitor Desktop { get; } = new();

    /// <summary>The narrowest screen the portal must serve without horizontal scrolling (WCAG 1.4.10,
    /// reflow).</summary>
    public static Visitor Phone { get; } = new(Width: 320, Height: 640);

    public static Visitor WithoutJavaScript { get; } = new(JavaScript: false);

    /// <summary>This visitor seen from an address no other visitor of this test run was given (198.18.0.0/15, set aside
    /// for tests).</summary>
    public Visitor FromNewAddress()
    {
        var next = Interlocked.Increment(ref _addresses);
        return this with { ForwardedFor = $"198.{18 + (next >> 16)}.{(next >> 8) & 0xFF}.{next & 0xFF}" };
    }
}
