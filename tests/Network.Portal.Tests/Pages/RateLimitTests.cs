using Microsoft.Playwright;

namespace Network.Portal.Tests.Pages;

/// <summary>
/// The gateway counts self-registrations per client even though the portal sends them from its server: one client's
/// eleventh registration within a minute is refused in French with the wait, while another client registers.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class RateLimitTests(PortalFixture portal)
{
    [Fact]
    public async Task The_eleventh_registration_of_one_client_in_a_minute_is_refused_while_another_client_registers()
    {
        var id = await Workshops.PublishAsync(portal, "Atelier très demandé", capacity: 100);
        var busy = Visitor.WithoutJavaScript.FromNewAddress();
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            Assert.Equal("Vous êtes inscrit·e", await RegisterAsync(busy, id, $"Personne {(char)('A' + attempt)}"));
        }

        var refused = await RegisterAsync(busy, id, "Onzième", screenshot: "inscription-trop-de-demandes");
        Assert.Matches(
            "^Vous avez fait beaucoup de demandes en peu de temps\\. Réessayez dans \\d+ secondes?\\.$",
            refused
        );
        Assert.Equal(
            "Vous êtes inscrit·e",
            await RegisterAsync(Visitor.WithoutJavaScript.FromNewAddress(), id, "Voisine")
        );
        Assert.Equal(11, (await Workshops.AttendeesAsync(portal, id)).Count);
    }

    /// <summary>The heading of the answer, or the error summary's text when the registration was refused.</summary>
    private async Task<string> RegisterAsync(Visitor visitor, Guid id, string firstName, string? screenshot = null)
    {
        await using var tab = await portal.NewPageAsync(visitor);
        var page = tab.Page;
        await page.GotoAsync($"/ateliers/{id}");
        await page.GetByLabel("Prénom").FillAsync(firstName);
        await page.GetByRole(AriaRole.Button, new() { Name = "S'inscrire" }).ClickAsync();
        if (screenshot is not null)
        {
            await page.ScreenshotAsync(screenshot);
        }

        var summary = page.Locator(".error-summary li");
        return await summary.CountAsync() > 0
            ? (await summary.InnerTextAsync()).Trim()
            : (await page.Locator("#inscription").InnerTextAsync()).Trim();
    }
}
