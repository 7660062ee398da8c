using System.Net;
using Network.Testing;

namespace Network.Portal.Tests;

/// <summary>A visitor's shape reaches the browser and the wire: width, JavaScript and the forwarded client
/// address.</summary>
public sealed class VisitorTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="fr"><head><title>avant</title><script>document.title = 'script';</script></head><body></body></html>
        """;

    [Fact]
    public async Task A_phone_without_JavaScript_is_320_px_wide_and_runs_no_script()
    {
        await using var phone = await chromium.NewPageAsync(Visitor.Phone with { JavaScript = false });
        await using var desktop = await chromium.NewPageAsync(Visitor.Desktop);

        await phone.Page.SetContentAsync(Page);
        await desktop.Page.SetContentAsync(Page);

        Assert.Equal("avant", await phone.Page.TitleAsync());
        Assert.Equal("script", await desktop.Page.TitleAsync());
        Assert.Equal(320, await phone.Page.EvaluateAsync<int>("() => window.innerWidth"));
    }

    [Fact]
    public async Task Two_visitors_from_new_addresses_send_two_different_forwarded_addresses()
    {
        using var server = new HttpListener();
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        server.Prefixes.Add(address.ToString());
        server.Start();

        var first = await ForwardedForAsync(Visitor.Desktop.FromNewAddress(), server, address);
        var second = await ForwardedForAsync(Visitor.Phone.FromNewAddress(), server, address);

        Assert.StartsWith("198.", first, StringComparison.Ordinal);
        Assert.StartsWith("198.", second, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    private async Task<string?> ForwardedForAsync(Visitor visitor, HttpListener server, Uri address)
    {
        await using var tab = await chromium.NewPageAsync(visitor);
        var target = new Uri(address, Guid.NewGuid().ToString("N"));
        var navigation = tab.Page.GotoAsync(target.ToString());
        while (true)
        {
            // Chromium may ask for more than the page (a favicon): only the page's own request counts.
            var request = await server.GetContextAsync();
            var header = request.Request.Headers["X-Forwarded-For"];
            var isPage = request.Request.Url == target;
            request.Response.Close();
            if (isPage)
            {
                await navigation;
                Assert.Equal(visitor.ForwardedFor, header);
                return header;
            }
        }
    }
}
