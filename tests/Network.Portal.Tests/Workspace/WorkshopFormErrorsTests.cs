using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace;

/// <summary>Each workspace form sent with mistakes says what to do, beside the field and in the summary, and nothing is
/// done.</summary>
[Collection(PortalFixture.Collection)]
public sealed class WorkshopFormErrorsTests(PortalFixture portal)
{
    [Fact]
    public async Task A_creation_with_mistakes_names_every_one_of_them_in_French_and_creates_nothing()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var before = (await api.GetAsync("/api/events/organised?status=draft")).GetProperty("total").GetInt32();
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/ateliers/nouveau");
        var page = tab.Page;

        await page.GetByLabel("Nom du lieu").FillAsync("");
        await page.GetByLabel("Nombre de places").FillAsync("douze");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le brouillon" }).ClickAsync();

        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        var summary = await page.Locator(".error-summary a")
            .EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))");
        Assert.Equal(
            ["#titre", "#categorie", "#date", "#heure-debut", "#heure-fin", "#lieu-nom", "#capacite"],
            summary
        );
        Assert.Equal(
            "Erreur : Indiquez l'heure de début.",
            await page.Locator("#heure-debut-error").TextContentAsync()
        );
        Assert.Equal(
            "Erreur : Indiquez un nombre de places, ou laissez vide pour ne pas limiter.",
            await page.Locator("#capacite-error").TextContentAsync()
        );
        Assert.Equal("Erreur : Le titre est obligatoire.", await page.Locator("#titre-error").TextContentAsync());
        Assert.Equal("true", await page.Locator("#titre").GetAttributeAsync("aria-invalid"));
        Assert.Equal("douze", await page.Locator("#capacite").InputValueAsync());
        await page.AssertNoAxeViolationsAsync("créer un atelier, erreurs");
        await page.ScreenshotAsync("espace-atelier-nouveau-erreurs");
        Assert.Equal(
            before,
            (await api.GetAsync("/api/events/organised?status=draft")).GetProperty("total").GetInt32()
        );

        await using var phone = await portal.NewSignedInPageAsync(
            DemoUsers.Staff,
            "/espace/ateliers/nouveau",
            Visitor.Phone
        );
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Créer le brouillon" }).ClickAsync();
        await phone.Page.AssertNoHorizontalScrollAsync();
        await phone.Page.AssertNoAxeViolationsAsync("créer un atelier, erreurs, 320 px");
    }

    [Fact]
    public async Task The_other_forms_of_a_workshop_say_what_is_missing()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var id = await OrganisedWorkshops.CreateAsync(api, "Atelier des erreurs", DateTimeOffset.UtcNow.AddDays(3));
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/ateliers/{id}/modifier");
        var page = tab.Page;

        await page.GetByLabel("Titre").FillAsync("");
        await page.GetByLabel("Code postal").FillAsync("6200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        Assert.Equal("Erreur : Le titre est obligatoire.", await page.Locator("#titre-error").TextContentAsync());
        Assert.Equal(
            "Erreur : Le code postal est fait de 5 chiffres.",
            await page.Locator("#lieu-code-postal-error").TextContentAsync()
        );
        await page.AssertNoAxeViolationsAsync("modifier un atelier, erreurs");
        await page.ScreenshotAsync("espace-atelier-modifier-erreurs");

        await page.GotoAsync($"/espace/ateliers/{id}/inscrits");
        await page.GetByLabel("Téléphone").FillAsync("06 12 34 56 78");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire cette personne" }).ClickAsync();
        Assert.Equal("#prenom", await page.Locator(".error-summary a").First.GetAttributeAsync("href"));
        Assert.Equal("06 12 34 56 78", await page.Locator("#telephone").InputValueAsync());
        await page.AssertNoAxeViolationsAsync("inscrits, erreurs");
        await page.GetByLabel("Prénom").FillAsync("Lucienne");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire cette personne" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Lucienne est inscrit·e.")).ToBeVisibleAsync();

        await page.GotoAsync($"/espace/ateliers/{id}?action=annuler");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler l'atelier" }).ClickAsync();
        Assert.Equal("Erreur : Le motif est obligatoire.", await page.Locator("#motif-error").TextContentAsync());
        await page.AssertNoAxeViolationsAsync("annuler un atelier, erreurs");
        await page.ScreenshotAsync("espace-atelier-annuler-erreurs");
        Assert.Equal("published", (await api.GetAsync($"/api/events/{id}")).GetProperty("status").GetString());
    }
}
