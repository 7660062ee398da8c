using Microsoft.Playwright;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Workspace.Equipment;

/// <summary>A loan from the request to the return, by the demo users of two structures, through the pages only; the
/// API says afterwards what became of it.</summary>
[Collection(PortalFixture.Collection)]
public sealed class EquipmentJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_borrower_is_told_the_taken_days_asks_free_ones_and_the_owner_lends_and_takes_back_damaged()
    {
        var name = EquipmentData.Unique("Mallette de tablettes");
        await using var owner = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/materiel/nouveau");
        var itemId = await RegisterKitAsync(owner.Page, name);

        // Pasteur Connecté holds days 10 to 12.
        var (takenFrom, takenTo) = (EquipmentData.Day(10, 9), EquipmentData.Day(12, 18));
        var taken = await EquipmentData.RequestAsync(
            portal,
            EquipmentData.PasteurAdmin,
            itemId,
            takenFrom,
            takenTo,
            approved: true
        );

        await using var borrower = await portal.NewSignedInPageAsync(DemoUsers.GrasseStaff, "/espace/materiel");
        var page = borrower.Page;
        await page.GetByLabel("Mots-clés").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher le matériel" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await AskAsync(page, 11, 13);
        var refusal = $"L'objet est déjà réservé {LoanTime.Days(takenFrom, takenTo, DateTimeOffset.UtcNow)}";
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync(refusal);
        await Assertions.Expect(page.Locator("#debut-jour-error")).ToContainTextAsync(refusal);
        await page.AssertNoAxeViolationsAsync("objet, demande refusée");
        await page.ScreenshotAsync("materiel-demande-refusee");

        await AskAsync(page, 20, 22);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre demande est envoyée");
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("Demande en attente de réponse");
        var loanId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        await LendAndTakeBackDamagedAsync(owner.Page, name);

        await owner.Page.GetByRole(AriaRole.Link, new() { Name = name }).First.ClickAsync();
        await Assertions.Expect(owner.Page.Locator(".badge").First).ToHaveTextAsync("En maintenance");

        using var api = await PlatformApi.AsAsync(portal, DemoUsers.GrasseStaff);
        var loan = await api.GetAsync($"/api/equipment/reservations/{loanId}");
        Assert.Equal("returned", loan.GetProperty("status").GetString());
        Assert.Equal("damaged", loan.GetProperty("returnCondition").GetString());
        Assert.Equal("Écran de la tablette 2 fissuré.", loan.GetProperty("notes").GetString());
        Assert.Equal(3, loan.GetProperty("componentsHandedOver").GetArrayLength());
        var item = await api.GetAsync($"/api/equipment/{itemId}");
        Assert.Equal("maintenance", item.GetProperty("status").GetString());
        Assert.Equal("damaged", item.GetProperty("condition").GetString());
        using var pasteur = await PlatformApi.AsAsync(portal, EquipmentData.PasteurAdmin);
        var flagged = await pasteur.GetAsync($"/api/equipment/reservations/{taken}");
        Assert.Equal("item-in-maintenance", flagged.GetProperty("flag").GetString());
    }

    [Fact]
    public async Task A_borrower_extends_a_loan_within_the_free_days_then_cancels_it()
    {
        var item = await EquipmentData.RegisterKitAsync(portal, EquipmentData.Unique("Tablettes prolongées"));
        var loan = await EquipmentData.RequestAsync(
            portal,
            DemoUsers.GrasseStaff,
            item,
            EquipmentData.Day(5, 9),
            EquipmentData.Day(6, 18),
            approved: true
        );
        var (nextFrom, nextTo) = (EquipmentData.Day(9, 9), EquipmentData.Day(10, 18));
        await EquipmentData.RequestAsync(portal, EquipmentData.PasteurAdmin, item, nextFrom, nextTo, approved: true);
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.GrasseStaff,
            $"/espace/materiel/prets/{loan}"
        );
        var page = tab.Page;

        await ExtendAsync(page, 10);
        await Assertions
            .Expect(page.Locator("#nouvelle-fin-jour-error"))
            .ToContainTextAsync($"déjà réservé {LoanTime.Days(nextFrom, nextTo, DateTimeOffset.UtcNow)}");
        await ExtendAsync(page, 7);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le prêt est prolongé");

        await ConfirmAsync(page, "Annuler le prêt", "Annuler le prêt ?");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Le prêt est annulé");
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.GrasseStaff);
        var cancelled = await api.GetAsync($"/api/equipment/reservations/{loan}");
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(EquipmentData.Day(7, 18), cancelled.GetProperty("to").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_owner_puts_an_item_in_maintenance_makes_it_available_again_and_retires_it()
    {
        var item = await EquipmentData.RegisterKitAsync(portal, EquipmentData.Unique("Tablettes à réparer"));
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/materiel/{item}");
        var page = tab.Page;

        await ConfirmAsync(page, "Mettre en maintenance", "Mettre l'objet en maintenance ?");
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("En maintenance");
        await Assertions.Expect(page.GetByText("il ne peut pas être réservé pour le moment")).ToBeVisibleAsync();
        await ConfirmAsync(page, "Remettre à disposition", "Remettre l'objet à disposition ?");
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("Disponible");
        await ConfirmAsync(page, "Retirer du parc", "Retirer l'objet du parc ?");
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("Retiré du parc");

        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        Assert.Equal("retired", (await api.GetAsync($"/api/equipment/{item}")).GetProperty("status").GetString());
    }

    private static async Task ExtendAsync(IPage page, int toDay)
    {
        await page.GetByRole(AriaRole.Group, new() { Name = "Nouvelle fin du prêt" })
            .GetByLabel("Jour")
            .FillAsync(EquipmentData.DateField(toDay));
        await ConfirmAsync(page, "Prolonger le prêt", "Prolonger le prêt ?");
    }

    /// <summary>Registers a kit of three components, lent with approval, and returns its id.</summary>
    private static async Task<Guid> RegisterKitAsync(IPage page, string name)
    {
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Catégorie").SelectOptionAsync("tablet");
        await page.GetByLabel("Éléments du kit").FillAsync("Tablette 1\nTablette 2\nChargeur multiple");
        await page.GetByLabel("Heures gardées libres").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'objet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ajouté au catalogue");
        return Guid.Parse(new Uri(page.Url).Segments[^1]);
    }

    private static async Task AskAsync(IPage page, int fromDay, int toDay)
    {
        await page.GetByRole(AriaRole.Group, new() { Name = "Début du prêt" })
            .GetByLabel("Jour")
            .FillAsync(EquipmentData.DateField(fromDay));
        await page.GetByRole(AriaRole.Group, new() { Name = "Fin du prêt" })
            .GetByLabel("Jour")
            .FillAsync(EquipmentData.DateField(toDay));
        await page.GetByLabel("Pour quoi faire ?").FillAsync("Ateliers « premiers pas sur tablette »");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la demande" }).ClickAsync();
    }

    /// <summary>The owner accepts the request, hands the kit over with its checklist and takes it back
    /// damaged.</summary>
    private static async Task LendAndTakeBackDamagedAsync(IPage page, string name)
    {
        await page.GotoAsync("/espace/materiel/prets?vue=prets&statut=demandes");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await ConfirmAsync(page, "Accepter la demande", "Accepter la demande ?");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La demande est acceptée");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la remise" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("il manque Tablette 1");
        foreach (var component in new[] { "Tablette 1", "Tablette 2", "Chargeur multiple" })
        {
            await page.GetByLabel(component, new() { Exact = true }).CheckAsync();
        }

        await ConfirmAsync(page, "Enregistrer la remise", $"Remettre l'objet à France Services Pays de Grasse ?");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("La remise est enregistrée");
        await page.ScreenshotAsync("materiel-pret-remis");

        await page.GetByLabel("État de l'objet au retour").SelectOptionAsync("damaged");
        await page.GetByLabel("Remarques").FillAsync("Écran de la tablette 2 fissuré.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Tablette 2" })
            .GetByLabel("État")
            .SelectOptionAsync("damaged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le retour" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Region, new() { Name = "Enregistrer le retour de l'objet ?" });
        await Assertions.Expect(question).ToContainTextAsync("L'objet revient abîmé");
        await page.AssertNoAxeViolationsAsync("prêt, confirmation du retour");
        await page.ScreenshotAsync("materiel-pret-retour-confirmation");
        await question.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le retour" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("il est en maintenance");
        await Assertions.Expect(page.Locator(".badge").First).ToHaveTextAsync("Rendu");
        await page.ScreenshotAsync("materiel-pret-rendu");
    }

    private static async Task ConfirmAsync(IPage page, string verb, string question)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = verb }).ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = question })
            .GetByRole(AriaRole.Button, new() { Name = verb })
            .ClickAsync();
    }
}
