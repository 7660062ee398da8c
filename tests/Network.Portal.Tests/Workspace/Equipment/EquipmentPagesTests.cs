using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace.Equipment;

/// <summary>
/// Every page of the shared equipment, empty, filled and with errors: no WCAG 2.1 A/AA violation axe can find, one h1
/// and a title of its own, no sideways scrolling at 320 px without JavaScript, a screenshot of each; "Page
/// introuvable" for the coordinator; the calendar reached and read with the keyboard.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class EquipmentPagesTests(PortalFixture portal)
{
    private static readonly string FreeFrom = EquipmentData.DateField(30);
    private static readonly string FreeTo = EquipmentData.DateField(32);

    public static TheoryData<string, string> Pages =>
        new()
        {
            { "materiel", "/espace/materiel" },
            { "materiel-libre", $"/espace/materiel?du={FreeFrom}&au={FreeTo}&categorie=laptop" },
            { "materiel-vide", "/espace/materiel?q=aucunobjetneportecenom" },
            { "materiel-erreur", $"/espace/materiel?du={FreeTo}&au={FreeFrom}" },
            { "materiel-objet", $"/espace/materiel/{EquipmentData.RadioKit}" },
            { "materiel-objet-proprietaire", $"/espace/materiel/{EquipmentData.MoulinsLaptop}" },
            { "materiel-objet-sans-reservation", $"/espace/materiel/{EquipmentData.Hotspot}" },
            { "materiel-nouveau", "/espace/materiel/nouveau" },
            { "materiel-modifier", $"/espace/materiel/{EquipmentData.MoulinsLaptop}/modifier" },
            { "materiel-prets", "/espace/materiel/prets" },
            { "materiel-prets-preteur", "/espace/materiel/prets?vue=prets" },
            { "materiel-prets-vide", "/espace/materiel/prets?statut=en-retard" },
            { "materiel-prets-erreur", "/espace/materiel/prets?page=200000000" },
            { "materiel-pret-emprunteur", $"/espace/materiel/prets/{EquipmentData.RadioKitLoan}" },
            { "materiel-pret-preteur", $"/espace/materiel/prets/{EquipmentData.LaptopLoan}" },
        };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_equipment_page_passes_axe_has_one_h1_and_reflows_at_320_px(string name, string path)
    {
        await EquipmentData.DemoPoolAsync(portal);
        await using var desktop = await portal.NewSignedInPageAsync(DemoUsers.Staff, path);
        Assert.Equal(1, await desktop.Page.Locator("h1").CountAsync());
        Assert.EndsWith("Réseau de l'inclusion numérique", await desktop.Page.TitleAsync(), StringComparison.Ordinal);
        await desktop.Page.AssertNoAxeViolationsAsync(name);
        await desktop.Page.ScreenshotAsync(name);

        // The same session in a phone without JavaScript, whose sign-in would stop at the identity provider's
        // "Continuer".
        await using var phone = await portal.NewPageAsync(Visitor.Phone with { JavaScript = false });
        await phone.Context.AddCookiesAsync(
            (await desktop.Context.CookiesAsync()).Select(cookie => new Cookie
            {
                Name = cookie.Name,
                Value = cookie.Value,
                Domain = cookie.Domain,
                Path = cookie.Path,
            })
        );
        await phone.Page.GotoAsync(path);
        Assert.Equal(1, await phone.Page.Locator("h1").CountAsync());
        await phone.Page.AssertNoHorizontalScrollAsync();
        await phone.Page.AssertNoAxeViolationsAsync($"{name}, 320 px, sans JavaScript");
        await phone.Page.ScreenshotAsync($"{name}-320px");
    }

    [Fact]
    public async Task The_forms_say_the_errors_beside_their_fields_and_in_the_summary()
    {
        await EquipmentData.DemoPoolAsync(portal);
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/materiel/nouveau");
        var page = tab.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'objet" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Le nom est obligatoire.");
        await Assertions.Expect(page.Locator("#nom-error")).ToContainTextAsync("Le nom est obligatoire.");
        await Assertions.Expect(page.Locator("#categorie-error")).ToContainTextAsync("La catégorie est obligatoire.");
        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync("nouvel objet, erreurs");
        await page.ScreenshotAsync("materiel-nouveau-erreurs");

        await page.GotoAsync($"/espace/materiel/{EquipmentData.RadioKit}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
        await Assertions.Expect(page.Locator("#debut-jour-error")).ToContainTextAsync("Indiquez le jour");
        await Assertions.Expect(page.Locator("#objet-pret-error")).ToContainTextAsync("pour quoi vous l'empruntez");
        await page.AssertNoAxeViolationsAsync("objet, demande incomplète");
        await page.ScreenshotAsync("materiel-objet-erreurs");

        await page.GotoAsync($"/espace/materiel/{EquipmentData.MoulinsLaptop}/modifier");
        await page.GetByLabel("Durée d'un prêt").FillAsync("400");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Assertions.Expect(page.Locator("#duree-error")).ToContainTextAsync("entre 1 et 365 jours");
        await page.AssertNoAxeViolationsAsync("modifier l'objet, erreurs");
        await page.ScreenshotAsync("materiel-modifier-erreurs");
    }

    [Fact]
    public async Task The_owner_is_asked_before_answering_and_told_what_a_refusal_lacks()
    {
        await EquipmentData.DemoPoolAsync(portal);
        var path = $"/espace/materiel/prets/{EquipmentData.TabletsRequest}";
        await using var tab = await portal.NewSignedInPageAsync(EquipmentData.PasteurAdmin, path);
        var page = tab.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Accepter la demande" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Region, new() { Name = "Accepter la demande ?" });
        await Assertions.Expect(question).ToContainTextAsync("La période est réservée pour France Services");
        await page.AssertNoAxeViolationsAsync("prêt, confirmation");
        await page.ScreenshotAsync("materiel-pret-confirmation");
        await question.GetByRole(AriaRole.Link, new() { Name = "Non, revenir en arrière" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser la demande" }).ClickAsync();
        await Assertions.Expect(page.Locator("#motif-error")).ToContainTextAsync("Dites pourquoi vous refusez");
        await page.AssertNoAxeViolationsAsync("prêt, refus sans motif");
        await page.ScreenshotAsync("materiel-pret-refus-erreur");

        using var api = await PlatformApi.AsAsync(portal, EquipmentData.PasteurAdmin);
        var loan = await api.GetAsync($"/api/equipment/reservations/{EquipmentData.TabletsRequest}");
        Assert.Equal("requested", loan.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_coordinator_typing_an_equipment_address_gets_page_introuvable()
    {
        await EquipmentData.DemoPoolAsync(portal);
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, "/");
        foreach (
            var path in new[]
            {
                "/espace/materiel",
                "/espace/materiel/prets",
                "/espace/materiel/nouveau",
                $"/espace/materiel/{EquipmentData.RadioKit}",
                $"/espace/materiel/{EquipmentData.RadioKit}/modifier",
                $"/espace/materiel/prets/{EquipmentData.RadioKitLoan}",
            }
        )
        {
            var response = await tab.Page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.Equal("Page introuvable", await tab.Page.Locator("h1").InnerTextAsync());
        }
    }

    [Fact]
    public async Task The_calendar_is_a_table_the_keyboard_reaches_and_a_request_is_answered_with_the_keyboard()
    {
        await EquipmentData.DemoPoolAsync(portal);
        var item = await EquipmentData.RegisterKitAsync(portal, EquipmentData.Unique("Tablettes au clavier"));
        var loan = await EquipmentData.RequestAsync(
            portal,
            DemoUsers.GrasseStaff,
            item,
            EquipmentData.Day(2, 9),
            EquipmentData.Day(3, 18)
        );
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/materiel/{item}");
        var page = tab.Page;

        await KeyboardOnly.TabUntilAsync(page, "calendrier");
        var calendar = page.GetByRole(AriaRole.Region, new() { Name = "Calendrier des 5 semaines à venir" });
        await Assertions.Expect(calendar).ToBeFocusedAsync();
        var table = calendar.GetByRole(AriaRole.Table);
        Assert.Equal(7, await table.GetByRole(AriaRole.Columnheader).CountAsync());
        Assert.Equal(6, await table.GetByRole(AriaRole.Row).CountAsync());
        Assert.Equal(2, await table.Locator("td.day-demande").CountAsync());
        await Assertions.Expect(table.Locator("td[aria-current=date]")).ToHaveCountAsync(1);

        await page.GotoAsync($"/espace/materiel/prets/{loan}");
        await KeyboardOnly.TabUntilTextAsync(page, "Accepter la demande");
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Region, new() { Name = "Accepter la demande ?" });
        await Assertions.Expect(question).ToBeFocusedAsync();
        await KeyboardOnly.TabUntilTextAsync(page, "Accepter la demande");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La demande est acceptée");
    }
}
