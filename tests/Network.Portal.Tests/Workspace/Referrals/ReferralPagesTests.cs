using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace.Referrals;

/// <summary>The referral pages in their empty, filled and error states, checked by axe, at 320 px, with the keyboard
/// alone, and closed to whoever is not staff of one of the two structures.</summary>
[Collection(PortalFixture.Collection)]
public sealed class ReferralPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task The_boxes_count_each_state_and_say_when_a_state_is_empty_or_the_list_cannot_be_shown()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/orientations");
        var page = tab.Page;

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        Assert.Equal(
            "page",
            await menu.GetByRole(AriaRole.Link, new() { Name = "Orientations" }).GetAttributeAsync("aria-current")
        );
        var states = page.GetByRole(AriaRole.Navigation, new() { Name = "Filtrer par état" });
        await Assertions.Expect(states.GetByRole(AriaRole.Link, new() { Name = "Acceptée (" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("orientations reçues");
        await page.ScreenshotAsync("orientations-recues");

        await states.GetByRole(AriaRole.Link, new() { Name = "Expirée sans réponse" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Aucune orientation dans cet état.")).ToBeVisibleAsync();
        Assert.Contains("statut=expirees", page.Url, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync("orientations reçues, état sans orientation");

        await page.GetByRole(AriaRole.Link, new() { Name = "Envoyées" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orientations envoyées" }))
            .ToBeVisibleAsync();
        await page.ScreenshotAsync("orientations-envoyees");

        await page.GotoAsync("/espace/orientations?boite=envoyees&page=200000000");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync("orientations envoyées, page impossible");
        await page.ScreenshotAsync("orientations-erreur");
    }

    [Fact]
    public async Task The_new_referral_form_names_every_missing_field_beside_it_and_keeps_what_was_typed()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/orientations/nouvelle");
        var page = tab.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "structures" })).ToBeVisibleAsync();
        Assert.Equal(
            0,
            await page.GetByRole(AriaRole.Link, new() { Name = "Choisir Centre social Les Moulins" }).CountAsync()
        );
        await page.AssertNoAxeViolationsAsync("nouvelle orientation, choix de la structure");
        await page.ScreenshotAsync("orientation-nouvelle-structure");

        await page.GotoAsync($"/espace/orientations/nouvelle?structure={DemoUsers.Grasse}");
        await page.AssertNoAxeViolationsAsync("nouvelle orientation, formulaire vide");
        await page.ScreenshotAsync("orientation-nouvelle-formulaire");
        await page.GetByLabel("Prénom").FillAsync("Gisèle");
        await page.GetByLabel("Année de naissance").FillAsync("cinquante-huit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Relire avant d'envoyer" }).ClickAsync();

        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(
            ["#besoins", "#nom", "#commune", "#naissance", "#accord-methode"],
            await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.hash)")
        );
        Assert.Equal("Erreur : Indiquez le nom de la personne.", await page.Locator("#nom-error").TextContentAsync());
        Assert.Equal("true", await page.Locator("#nom").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Gisèle", await page.Locator("#prenom").InputValueAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer l'orientation" }).CountAsync());
        await page.AssertNoAxeViolationsAsync("nouvelle orientation, erreurs");
        await page.ScreenshotAsync("orientation-nouvelle-erreurs");
    }

    [Fact]
    public async Task The_referral_form_is_done_with_the_keyboard_alone()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/orientations/nouvelle");
        var page = tab.Page;

        await KeyboardOnly.TabUntilAsync(page, "q");
        await page.Keyboard.TypeAsync("Grasse");
        await KeyboardOnly.EnterAsync(page, new Regex(@"/nouvelle\?q=Grasse"));
        await KeyboardOnly.TabUntilTextAsync(page, $"Choisir {ReferralData.Receiver}");
        await KeyboardOnly.EnterAsync(page, new Regex($@"/nouvelle\?structure={DemoUsers.Grasse}$"));

        await KeyboardOnly.TabUntilAsync(page, "besoins");
        await page.Keyboard.PressAsync("Space");
        await KeyboardOnly.TabUntilAsync(page, "prenom");
        await page.Keyboard.TypeAsync("Clavier");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Touche");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Grasse");
        await KeyboardOnly.TabUntilAsync(page, "accord-methode");
        await page.Keyboard.PressAsync("Space");
        await KeyboardOnly.TabUntilTextAsync(page, "Relire avant d'envoyer");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#confirmation")).ToBeFocusedAsync();
        await KeyboardOnly.TabUntilTextAsync(page, "Envoyer l'orientation");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByText("L'orientation est envoyée")).ToBeVisibleAsync();

        var sent = await ReferralData.RecordAsync(portal, Guid.Parse(new Uri(page.Url).Segments[^1]));
        var resident = sent.GetProperty("resident");
        Assert.Equal(
            ("Clavier", "Touche", "Grasse"),
            (
                resident.GetProperty("firstName").GetString(),
                resident.GetProperty("lastName").GetString(),
                resident.GetProperty("commune").GetString()
            )
        );
        Assert.Equal(DemoUsers.Grasse, sent.GetProperty("toPartnerId").GetGuid());
        Assert.Equal("oral", sent.GetProperty("consent").GetProperty("method").GetString());
    }

    [Fact]
    public async Task A_referral_form_sent_twice_sends_one_referral()
    {
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Staff,
            $"/espace/orientations/nouvelle?structure={DemoUsers.Grasse}"
        );
        var page = tab.Page;
        await page.GetByLabel("Initiation au numérique").CheckAsync();
        await page.GetByLabel("Prénom").FillAsync("Doublon");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Deux-Fois");
        await page.GetByLabel("Commune où vit la personne").FillAsync("Grasse");
        await page.GetByLabel("Par écrit, sur papier signé").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Relire avant d'envoyer" }).ClickAsync();

        // The confirmed form posted twice, as an impatient double click sends it.
        var form = page.Locator("form[method=post]").Last;
        const string Post = """
            f => { const data = new FormData(f); data.set('Form.Confirmed', 'oui');
                   return fetch(location.href, { method: 'POST', body: data }).then(r => r.url); }
            """;
        var first = await form.EvaluateAsync<string>(Post);
        var second = await form.EvaluateAsync<string>(Post);

        Assert.Equal(first, second);
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var sent = await api.GetAsync("/api/referrals?box=sent&pageSize=100");
        Assert.Single(sent.GetProperty("items").EnumerateArray(), item =>
            item.GetProperty("resident").GetProperty("firstName").GetString() == "Doublon"
        );
    }

    [Fact]
    public async Task A_decline_without_its_reason_says_so_then_declines_with_it_after_a_message()
    {
        var id = await ReferralData.SendAsync(portal, "Renée", "Refus");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.GrasseStaff, $"/espace/orientations/{id}");
        var page = tab.Page;

        await page.GetByLabel("Votre message à Centre social Les Moulins").FillAsync("Avez-vous son adresse e-mail ?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le message" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre message est envoyé")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".thread")).ToContainTextAsync("Avez-vous son adresse e-mail ?");

        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser l'orientation" }).ClickAsync();
        await Assertions
            .Expect(page.Locator("#motif-refus-error"))
            .ToHaveTextAsync("Erreur : Choisissez pourquoi vous refusez l'orientation.");
        await page.AssertNoAxeViolationsAsync("orientation reçue, refus sans motif");
        await page.ScreenshotAsync("orientation-refus-erreur");

        await page.GetByLabel("La personne est déjà accompagnée").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser l'orientation" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser l'orientation" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'orientation est refusée")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("La personne est déjà accompagnée");

        var record = await ReferralData.RecordAsync(portal, id);
        Assert.Equal(
            ("declined", "deja-accompagnee"),
            (record.GetProperty("status").GetString(), record.GetProperty("declineReason").GetString())
        );
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        Assert.Single((await api.GetAsync($"/api/referrals/{id}/comments")).EnumerateArray());
    }

    [Fact]
    public async Task The_sheet_tells_the_person_where_to_go_what_to_bring_and_whom_to_call_and_nothing_else()
    {
        var id = await ReferralData.SendAsync(portal, "Simone", "Fiche");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/orientations/{id}");
        var page = tab.Page;
        await page.AssertNoAxeViolationsAsync("orientation envoyée");
        await page.SetViewportSizeAsync(Visitor.Phone.Width, Visitor.Phone.Height);
        await page.AssertNoHorizontalScrollAsync();
        await page.ScreenshotAsync("orientation-envoyee-320");

        await page.GetByRole(AriaRole.Link, new() { Name = "Imprimer la fiche d'orientation" }).ClickAsync();
        var sheet = page.Locator("main");
        await Assertions.Expect(sheet).ToContainTextAsync("Simone Fiche");
        await Assertions.Expect(sheet).ToContainTextAsync(ReferralData.Receiver);
        await Assertions.Expect(sheet).ToContainTextAsync("Du lundi au vendredi");
        await Assertions.Expect(sheet).ToContainTextAsync("Votre numéro d'allocataire CAF");
        await Assertions.Expect(sheet).ToContainTextAsync("Votre smartphone et son chargeur");
        await Assertions.Expect(sheet).ToContainTextAsync("04 93 00 15 00");
        await Assertions.Expect(sheet).Not.ToContainTextAsync("Préfère être appelée le matin");
        await Assertions.Expect(sheet).Not.ToContainTextAsync(DemoUsers.Staff);
        await page.AssertNoHorizontalScrollAsync();
        await page.SetViewportSizeAsync(Visitor.Desktop.Width, Visitor.Desktop.Height);
        await page.AssertNoAxeViolationsAsync("fiche d'orientation");
        await page.ScreenshotAsync("orientation-fiche");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync("orientation-fiche-impression");
    }

    [Fact]
    public async Task The_coordinator_has_no_referral_entry_and_every_referral_address_is_page_introuvable()
    {
        var id = await ReferralData.SendAsync(portal, "Hors", "Vue");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, "/");
        var page = tab.Page;
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Orientations" }).CountAsync());

        string[] paths =
        [
            "/espace/orientations",
            "/espace/orientations?boite=envoyees",
            "/espace/orientations/nouvelle",
            $"/espace/orientations/{id}",
            $"/espace/orientations/{id}/fiche",
        ];
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.Equal("Page introuvable", await page.Locator("h1").InnerTextAsync());
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Hors");
        }
    }

    [Fact]
    public async Task Another_structure_s_staff_get_page_introuvable_for_a_referral_that_is_not_theirs()
    {
        var id = await ReferralData.SendAsync(portal, "Autre", "Structure");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.TwoStructures, "/espace");
        var response = await tab.Page.GotoAsync($"/espace/orientations/{id}");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page introuvable", await tab.Page.Locator("h1").InnerTextAsync());
    }
}
