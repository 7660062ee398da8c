using System.Net;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Pages;

/// <summary>Rejoindre le réseau: a signed-in person with no structure applies for theirs, after a confirmation, and is
/// told plainly that the application waits for the coordinator, who alone sees it.</summary>
[Collection(PortalFixture.Collection)]
public sealed class JoinNetworkTests(PortalFixture portal)
{
    private const string Name = "Espace de vie sociale Les Oliviers";

    [Fact]
    public async Task A_person_without_a_structure_applies_and_the_application_waits_as_a_pending_structure()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.WithoutRole, "/");
        var page = tab.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Rejoindre le réseau" })
            .ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rejoindre le réseau", Level = 1 }))
            .ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("rejoindre le réseau");
        await page.ScreenshotAsync("rejoindre");

        await page.GetByRole(AriaRole.Button, new() { Name = "Relire avant d'envoyer" }).ClickAsync();
        Assert.Equal(
            ["#nom", "#type", "#rue", "#code-postal", "#commune"],
            await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.hash)")
        );
        await page.AssertNoAxeViolationsAsync("rejoindre le réseau, erreurs");
        await page.ScreenshotAsync("rejoindre-erreurs");

        await page.GetByLabel("Nom de la structure").FillAsync(Name);
        await page.GetByLabel("Type de structure").SelectOptionAsync(new SelectOptionValue { Value = "centre-social" });
        await page.GetByLabel("Numéro et rue").FillAsync("3 rue des Oliviers");
        await page.GetByLabel("Code postal").FillAsync("06300");
        await page.GetByLabel("Commune").FillAsync("Nice");
        await page.GetByLabel("E-mail").FillAsync("contact@oliviers.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Relire avant d'envoyer" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Envoyer la demande d'inscription de {Name} ?" }))
            .ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("rejoindre le réseau, confirmation");
        await page.ScreenshotAsync("rejoindre-confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();

        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Votre demande est envoyée", Level = 1 }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Name);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("n'est visible que par la coordination");
        await page.AssertNoAxeViolationsAsync("rejoindre le réseau, demande envoyée");
        await page.ScreenshotAsync("rejoindre-envoyee");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Name);

        using var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        var pending = await coordinator.GetAsync($"/api/partners?status=pending&q={Uri.EscapeDataString(Name)}");
        var application = Assert.Single(pending.GetProperty("items").EnumerateArray());
        Assert.Equal(
            ("pending", "centre-social"),
            (application.GetProperty("status").GetString(), application.GetProperty("kind").GetString())
        );

        // What the page says: its author does not see the pending structure.
        using var applicant = await PlatformApi.AsAsync(portal, DemoUsers.WithoutRole);
        using var read = await applicant.Http.GetAsync(
            new Uri($"/api/partners/{application.GetProperty("id").GetGuid()}", UriKind.Relative)
        );
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Staff_and_the_coordinator_have_no_way_to_apply_and_a_visitor_is_asked_to_sign_in()
    {
        foreach (var user in new[] { DemoUsers.Staff, DemoUsers.Coordinator })
        {
            await using var tab = await portal.NewSignedInPageAsync(user, "/");
            Assert.Equal(
                0,
                await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Rejoindre le réseau" }).CountAsync()
            );
            Assert.Equal(404, (await tab.Page.GotoAsync("/rejoindre"))!.Status);
        }

        await using var visitor = await portal.NewPageAsync();
        await visitor.Page.GotoAsync("/rejoindre");
        await Assertions.Expect(visitor.Page.GetByLabel("Mot de passe")).ToBeVisibleAsync();
    }
}
