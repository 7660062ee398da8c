using Microsoft.Playwright;

namespace Network.Portal.Tests;

/// <summary>The harness against the platform: the gateway's API reference, the only page it serves before the
/// portal.</summary>
[Collection(PortalFixture.Collection)]
public sealed class GatewayDocsTests(PortalFixture portal)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task The_API_reference_renders_in_Chromium_and_is_captured()
    {
        await using var tab = await portal.NewPageAsync();

        var response = await tab.Page.GotoAsync("/docs");

        Assert.Equal(200, response?.Status);
        Assert.Equal("Réseau de l'inclusion numérique — API", await tab.Page.TitleAsync());
        // The reference is drawn by script: its heading shows once it has fetched a service's document.
        await tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First.WaitForAsync();
        var path = await tab.Page.ScreenshotAsync("gateway-docs");
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(PngSignature, bytes.Take(PngSignature.Length));
        Assert.True(bytes.Length > 10_000, $"{path} is {bytes.Length} bytes: a blank page?");
    }
}
