namespace Network.Portal.Tests;

/// <summary>The page checks fail when they should, and say why, on pages made for the purpose.</summary>
public sealed class CheckTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Clean = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta name="viewport" content="width=device-width"><title>Ateliers</title></head>
        <body><main><h1>Ateliers</h1><p>Initiation à la messagerie, le mardi.</p></main></body></html>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Axe_passes_a_clean_page_and_names_rule_target_and_help_of_a_violation(bool javaScript)
    {
        await using var tab = await chromium.NewPageAsync(Visitor.Desktop with { JavaScript = javaScript });
        await tab.Page.SetContentAsync(Clean);
        await tab.Page.AssertNoAxeViolationsAsync("clean page");

        await tab.Page.SetContentAsync(
            Clean.Replace(
                "<p>",
                "<img id=\"affiche\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><p>",
                StringComparison.Ordinal
            )
        );
        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            tab.Page.AssertNoAxeViolationsAsync("page with an image")
        );

        Assert.Contains("page with an image", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#affiche", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Images must have alternative text", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Horizontal_scroll_at_320_px_fails_and_names_the_widest_element(bool javaScript)
    {
        await using var tab = await chromium.NewPageAsync(Visitor.Phone with { JavaScript = javaScript });
        await tab.Page.SetContentAsync(Clean);
        await tab.Page.AssertNoHorizontalScrollAsync();

        await tab.Page.SetContentAsync(
            Clean.Replace(
                "<p>",
                "<table id=\"horaires\" style=\"width:400px\"><tr><td>Mardi</td></tr></table><p>",
                StringComparison.Ordinal
            )
        );
        var failure = await Assert.ThrowsAnyAsync<Exception>(tab.Page.AssertNoHorizontalScrollAsync);

        Assert.Contains("viewport of 320 px", failure.Message, StringComparison.Ordinal);
        Assert.Contains("table#horaires", failure.Message, StringComparison.Ordinal);
    }
}
