using Microsoft.Playwright;

namespace Network.Portal.Tests.Pages;

/// <summary>
/// Every public page, in its empty, filled and error states: no WCAG 2.1 A/AA violation axe can find, one h1 and a
/// title of its own, no sideways scrolling at 320 px, and the same page without JavaScript. Screenshots of each.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class PublicPagesTests(PortalFixture portal)
{
    private const string Moulins = "0193a000-0000-7000-8000-000000000001";

    public static TheoryData<string, string> Pages =>
        new()
        {
            { "accueil", "/" },
            { "agenda", "/ateliers" },
            { "agenda-filtre", "/ateliers?commune=Nice&periode=ce-mois-ci" },
            { "agenda-vide", "/ateliers?q=aucunatelierneportecenom" },
            { "agenda-erreur", "/ateliers?q=" + new string('x', 250) },
            { "annuaire", "/structures" },
            { "annuaire-filtre", "/structures?commune=Nice&type=centre-social" },
            { "annuaire-vide", "/structures?q=aucunestructureneportecenom" },
            { "structure", $"/structures/{Moulins}" },
            { "mentions-legales", "/mentions-legales" },
            { "donnees-personnelles", "/donnees-personnelles" },
            { "accessibilite", "/accessibilite" },
            { "page-introuvable", "/cette-page-n-existe-pas" },
            { "annuler-lien-incomplet", "/inscription/annuler" },
            { "ne-plus-recevoir-lien-incomplet", "/inscription/ne-plus-recevoir" },
        };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_passes_axe_has_one_h1_and_reflows_at_320_px(string name, string path)
    {
        await using var desktop = await portal.NewPageAsync();
        await desktop.Page.GotoAsync(path);
        Assert.Equal(1, await desktop.Page.Locator("h1").CountAsync());
        Assert.EndsWith("Réseau de l'inclusion numérique", await desktop.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("fr", await desktop.Page.GetAttributeAsync("html", "lang"));
        await desktop.Page.AssertNoAxeViolationsAsync(name);
        await desktop.Page.ScreenshotAsync(name);

        await using var phone = await portal.NewPageAsync(Visitor.Phone with { JavaScript = false });
        await phone.Page.GotoAsync(path);
        await phone.Page.AssertNoHorizontalScrollAsync();
        await phone.Page.AssertNoAxeViolationsAsync($"{name}, 320 px, sans JavaScript");
        await phone.Page.ScreenshotAsync($"{name}-320px");
    }

    [Fact]
    public async Task The_agenda_lists_the_demo_workshops_with_their_state_in_words_and_filters_by_commune()
    {
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        var page = tab.Page;
        await page.GotoAsync("/ateliers");
        Assert.True(await page.Locator(".card").CountAsync() > 0);
        Assert.Matches(
            "^(Il reste \\d+ places|Plus que 1 place|Complet — liste d'attente possible"
                + "|Places disponibles|Entrée libre, sans inscription)$",
            await page.Locator(".badge").First.InnerTextAsync()
        );

        await page.GetByLabel("Commune").FillAsync("Grasse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les ateliers" }).ClickAsync();
        Assert.Contains("commune=Grasse", page.Url, StringComparison.Ordinal);
        var places = await page.Locator(".card-where").AllInnerTextsAsync();
        Assert.NotEmpty(places);
        foreach (var place in places)
        {
            Assert.EndsWith("Grasse", place, StringComparison.Ordinal);
        }

        var feed = await page.GetByRole(AriaRole.Link, new() { Name = "S'abonner à ces ateliers dans mon agenda" })
            .GetAttributeAsync("href");
        Assert.StartsWith("/api/events/calendar.ics?commune=Grasse", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workshop_page_carries_its_schema_org_description_and_its_calendar_file()
    {
        var id = await Workshops.PublishAsync(portal, "Café IA du mardi", capacity: 12);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        var page = tab.Page;
        await page.GotoAsync($"/ateliers/{id}");

        var jsonLd = await page.Locator("head script[type='application/ld+json']").TextContentAsync();
        Assert.Contains(
            "\"@type\":\"Event\"",
            jsonLd!.Replace(" ", "", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        Assert.Equal("Il reste 12 places", await page.Locator(".badge").InnerTextAsync());
        await page.AssertNoAxeViolationsAsync("fiche atelier");
        await page.ScreenshotAsync("fiche-atelier");

        var calendar = await page.APIRequest.GetAsync($"/ateliers/{id}/agenda.ics");
        Assert.Equal("text/calendar; charset=utf-8", calendar.Headers["content-type"]);
        var text = await calendar.TextAsync();
        Assert.Contains($"UID:{id}", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Café IA du mardi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_structure_page_shows_the_standards_labels_and_its_opening_hours_in_words()
    {
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        var page = tab.Page;
        await page.GotoAsync($"/structures/{Moulins}");

        Assert.Equal("Centre social Les Moulins", await page.Locator("h1").InnerTextAsync());
        var hours = page.GetByRole(AriaRole.Table, new() { Name = "Horaires d'ouverture" });
        Assert.Equal(["Jours", "Horaires"], await hours.Locator("thead th").AllInnerTextsAsync());
        Assert.StartsWith("Du lundi", await hours.Locator("tbody th").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Mo-Fr", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_workshop_answers_page_not_found()
    {
        await using var tab = await portal.NewPageAsync();
        var response = await tab.Page.GotoAsync($"/ateliers/{Guid.NewGuid()}");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page introuvable", await tab.Page.Locator("h1").InnerTextAsync());
    }
}
