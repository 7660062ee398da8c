using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace.Structure;

/// <summary>Ma structure: a partner admin keeps the structure's page right, with the standard's vocabularies, the
/// opening hours as a grid, accessibility and contact; every mistake beside its field; an edit that lost a race shows
/// the version that won.</summary>
[Collection(PortalFixture.Collection)]
public sealed class StructureProfileTests(PortalFixture portal)
{
    private const string Description =
        "Ateliers numériques pour débutants, aide aux démarches en ligne et permanences d'accès aux droits. "
        + "Nouveau : une permanence le samedi matin.";

    private const string AccessNotes = "Rampe d'accès côté parking, boucle magnétique à l'accueil.";

    [Fact]
    public async Task An_admin_edits_the_profile_and_its_hours_which_the_api_and_the_public_page_then_show()
    {
        var publics = (await ProfileData.ReadAsync(portal))["publics"]!.AsArray().Select(p => (string)p!).ToList();
        using var anyone = await PlatformApi.AsAsync(portal, DemoUsers.Admin);
        var newPublic = (await anyone.GetAsync("/api/partners/taxonomy"))
            .GetProperty("publics")
            .EnumerateArray()
            .First(term => !publics.Contains(term.GetProperty("code").GetString()!));

        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Admin, "/espace");
        var page = tab.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Ma structure" })
            .ClickAsync();
        await Assertions.Expect(page.GetByLabel("Nom de la structure")).ToHaveValueAsync("Centre social Les Moulins");
        await Assertions.Expect(page.Locator("#horaires-Mo")).ToHaveValueAsync("09:00");
        await page.AssertNoAxeViolationsAsync("ma structure");
        await page.ScreenshotAsync("structure");

        await page.GetByLabel("Présentation").FillAsync(Description);
        await page.GetByRole(AriaRole.Group, new() { Name = "Publics accueillis en particulier" })
            .GetByLabel(newPublic.GetProperty("label").GetString()!, new() { Exact = true })
            .CheckAsync();
        var saturday = page.GetByRole(AriaRole.Group, new() { Name = "Samedi" });
        await saturday.GetByLabel("Ouvre à", new() { Exact = true }).FillAsync("09:00");
        await saturday.GetByLabel("Ferme à", new() { Exact = true }).FillAsync("12:00");
        await page.GetByLabel("Fermé les jours fériés").CheckAsync();
        await page.GetByLabel("Précisions sur l'accès").FillAsync(AccessNotes);
        await page.GetByLabel("Téléphone").FillAsync("04 93 00 11 22");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();

        await Assertions.Expect(page.GetByText("La fiche est enregistrée")).ToBeVisibleAsync();
        var shown = page.GetByRole(AriaRole.Table, new() { Name = "Horaires d'ouverture" });
        await Assertions.Expect(shown.GetByRole(AriaRole.Row, new() { Name = "Le samedi" })).ToContainTextAsync("9 h");
        await page.ScreenshotAsync("structure-enregistree");

        var saved = await ProfileData.ReadAsync(portal);
        var openingHours = (string)saved["openingHours"]!;
        Assert.StartsWith("Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00", openingHours, StringComparison.Ordinal);
        Assert.EndsWith("; PH off", openingHours, StringComparison.Ordinal);
        Assert.Equal(Description, (string)saved["description"]!);
        Assert.Equal(AccessNotes, (string)saved["accessibility"]!["notes"]!);
        Assert.Equal("+33493001122", (string)saved["contact"]!["phone"]!);
        Assert.Contains(newPublic.GetProperty("code").GetString(), saved["publics"]!.AsArray().Select(p => (string)p!));
        Assert.Equal(43.684, (double)saved["address"]!["latitude"]!);

        await page.GotoAsync($"/structures/{DemoUsers.Moulins}");
        var hours = page.GetByRole(AriaRole.Table, new() { Name = "Horaires d'ouverture" });
        await Assertions
            .Expect(hours.GetByRole(AriaRole.Row, new() { Name = "Le samedi" }))
            .ToContainTextAsync("De 9 h à 12 h");
        await Assertions
            .Expect(hours.GetByRole(AriaRole.Row, new() { Name = "Les jours fériés" }))
            .ToContainTextAsync("Fermé");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Nouveau : une permanence le samedi matin.");
        await Assertions.Expect(main).ToContainTextAsync(AccessNotes);
        await Assertions.Expect(main).ToContainTextAsync("04 93 00 11 22");
        await Assertions.Expect(main).ToContainTextAsync(newPublic.GetProperty("label").GetString()!);
        await page.ScreenshotAsync("structure-publique-modifiee");
    }

    [Fact]
    public async Task A_profile_with_mistakes_names_each_beside_its_field_and_saves_nothing()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Admin, "/espace/structure");
        var page = tab.Page;
        var name = await page.GetByLabel("Nom de la structure").InputValueAsync();

        await page.GetByLabel("Nom de la structure").FillAsync("");
        var monday = page.GetByRole(AriaRole.Group, new() { Name = "Lundi" });
        await monday.GetByLabel("Ouvre à", new() { Exact = true }).FillAsync("09:00");
        await monday.GetByLabel("Ferme à", new() { Exact = true }).FillAsync("08:00");
        await page.GetByLabel("E-mail").FillAsync("pas-une-adresse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();

        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(
            ["#nom", "#horaires-Mo"],
            await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.hash)")
        );
        Assert.Equal("Erreur : Indiquez le nom de la structure.", await page.Locator("#nom-error").TextContentAsync());
        Assert.Equal(
            "Erreur : Le lundi, l'heure de fermeture vient après l'heure d'ouverture.",
            await page.Locator("#horaires-Mo-error").TextContentAsync()
        );
        Assert.Equal("true", await page.Locator("#nom").GetAttributeAsync("aria-invalid"));
        Assert.Equal("pas-une-adresse", await page.Locator("#email").InputValueAsync());
        await page.AssertNoAxeViolationsAsync("ma structure, erreurs");
        await page.ScreenshotAsync("structure-erreurs");

        // Once the portal's own checks pass, the API's answer for the address, beside its field.
        await page.GetByLabel("Nom de la structure").FillAsync(name);
        await monday.GetByLabel("Ferme à", new() { Exact = true }).FillAsync("12:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();
        Assert.Equal(
            ["#email"],
            await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.hash)")
        );
        Assert.Contains("e-mail", await page.Locator("#email-error").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync("ma structure, erreur de l'API");
        await page.ScreenshotAsync("structure-erreur-api");

        Assert.Equal(
            "contact@moulins.example.org",
            (string)(await ProfileData.ReadAsync(portal))["contact"]!["email"]!
        );
    }

    [Fact]
    public async Task A_profile_changed_by_someone_else_meanwhile_shows_the_new_version_then_saves_over_it_knowingly()
    {
        const string Mine = "Présentation écrite pendant qu'une autre personne modifiait la fiche.";
        const string Theirs = "Entrée par la cour, sonnette à gauche.";
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Admin, "/espace/structure");
        var page = tab.Page;
        await page.GetByLabel("Présentation").FillAsync(Mine);

        await ProfileData.ChangeAccessNotesAsync(portal, Theirs);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();

        var stale = page.Locator(".error-summary", new() { HasText = "Quelqu'un d'autre a modifié la fiche" });
        await Assertions.Expect(stale).ToBeVisibleAsync();
        await Assertions.Expect(stale).ToContainTextAsync(Theirs);
        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("Présentation")).ToHaveValueAsync(Mine);
        Assert.Equal(Theirs, (string)(await ProfileData.ReadAsync(portal))["accessibility"]!["notes"]!);
        await page.AssertNoAxeViolationsAsync("ma structure, modifiée entre-temps");
        await page.ScreenshotAsync("structure-modifiee-entre-temps");

        await page.GetByLabel("Précisions sur l'accès").FillAsync(Theirs);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();
        await Assertions.Expect(page.GetByText("La fiche est enregistrée")).ToBeVisibleAsync();
        var saved = await ProfileData.ReadAsync(portal);
        Assert.Equal((Mine, Theirs), ((string)saved["description"]!, (string)saved["accessibility"]!["notes"]!));
    }

    [Fact]
    public async Task The_profile_form_is_done_with_the_keyboard_alone()
    {
        const string Notes = "Accueil de plain-pied, porte automatique.";
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Admin, "/espace/structure");
        var page = tab.Page;

        await KeyboardOnly.TabUntilAsync(page, "rue");
        await KeyboardOnly.TabUntilAsync(page, "horaires-Su");
        await page.Keyboard.TypeAsync("10 h");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("12 h 30");
        await KeyboardOnly.TabUntilAsync(page, "acces");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(Notes);
        await KeyboardOnly.TabUntilTextAsync(page, "Enregistrer la fiche");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("La fiche est enregistrée")).ToBeVisibleAsync();
        var saved = await ProfileData.ReadAsync(portal);
        Assert.Contains("Su 10:00-12:30", (string)saved["openingHours"]!, StringComparison.Ordinal);
        Assert.Equal(Notes, (string)saved["accessibility"]!["notes"]!);
    }
}
