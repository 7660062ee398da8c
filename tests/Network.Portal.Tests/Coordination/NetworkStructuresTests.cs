using System.Text.Json;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Coordination;

/// <summary>Structures du réseau: the coordinator approves an application, suspends with a reason and reactivates,
/// archives after a confirmation that counts what it cancels; the API agrees after each step; nobody else finds the
/// pages.</summary>
[Collection(PortalFixture.Collection)]
public sealed class NetworkStructuresTests(PortalFixture portal)
{
    [Fact]
    public async Task The_coordinator_approves_an_application_with_the_keyboard_alone()
    {
        const string Name = "Tiers-lieu La Fabrique du Paillon";
        var id = await StructureData.ApplyAsync(portal, Name);

        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, "/");
        var page = tab.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Structures du réseau" })
            .ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Structures du réseau", Level = 1 }))
            .ToBeVisibleAsync();
        var pending = await StructureData.CountAsync(portal, "status=pending");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Filtrer par statut" }).GetByRole(AriaRole.Link))
            .ToHaveCountAsync(4);
        await Assertions.Expect(CurrentFilter(page)).ToHaveTextAsync($"Demandes d'adhésion ({pending})");
        var row = page.GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = Name }) });
        await Assertions.Expect(row).ToContainTextAsync("Drap");
        await Assertions.Expect(row).ToContainTextAsync("Tiers-lieu et coworking");
        await Assertions.Expect(row).ToContainTextAsync("Aujourd'hui");
        await page.AssertNoAxeViolationsAsync("structures du réseau, demandes");
        await page.ScreenshotAsync("coordination-structures-demandes");

        await row.GetByRole(AriaRole.Link, new() { Name = Name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Demande en attente");
        await Assertions.Expect(page.Locator(".details")).ToContainTextAsync("contact@tiers-lieu.example.org");
        await Assertions.Expect(History(page)).ToHaveCountAsync(1);
        await Assertions.Expect(History(page)).ToContainTextAsync("Demande d'adhésion reçue");
        await page.AssertNoAxeViolationsAsync("structure du réseau, demande");
        await page.ScreenshotAsync("coordination-structure-demande");

        await KeyboardOnly.TabUntilTextAsync(page, "Approuver la demande");
        await page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Approuver la demande de {Name} ?" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".confirm")).ToContainTextAsync("sa fiche paraît dans l'annuaire");
        await Assertions
            .Expect(page.Locator(".confirm"))
            .ToContainTextAsync($"La personne qui a fait la demande, {DemoUsers.WithoutRole}, en devient gestionnaire");
        await page.AssertNoAxeViolationsAsync("structure du réseau, approbation à confirmer");
        await page.ScreenshotAsync("coordination-structure-approbation");
        await KeyboardOnly.TabUntilTextAsync(page, "Approuver la demande");
        await page.Keyboard.PressAsync("Enter");

        await Assertions
            .Expect(page.GetByRole(AriaRole.Status))
            .ToHaveTextAsync($"{Name} a rejoint le réseau : sa fiche paraît dans l'annuaire.");
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Active");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Link, new() { Name = "Voir sa page dans l'annuaire" }))
            .ToHaveAttributeAsync("href", $"/structures/{id}");
        await page.ScreenshotAsync("coordination-structure-approuvee");
        Assert.Equal("active", (await StructureData.ReadAsync(portal, id)).GetProperty("status").GetString());
        Assert.Equal(
            [(null, "pending", null), ("pending", "active", null)],
            await StructureData.HistoryAsync(portal, id)
        );
        await StructureData.WaitForApplicantAsync(portal, id, isAdmin: true);
        await StructureData.WithdrawApplicantAsync(portal, id);
    }

    [Fact]
    public async Task A_step_someone_took_meanwhile_is_refused_in_words_with_the_structure_as_it_now_stands()
    {
        const string Name = "Atelier numérique des Baumettes";
        var id = await StructureData.ApplyAsync(portal, Name);
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            $"/coordination/structures/{id}"
        );
        var page = tab.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Approuver la demande" }).ClickAsync();
        using (var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator))
        {
            await coordinator.PostAsync($"/api/partners/{id}/approve");
        }

        await page.Locator(".confirm").GetByRole(AriaRole.Button, new() { Name = "Approuver la demande" }).ClickAsync();

        await Assertions
            .Expect(page.Locator(".error-summary li"))
            .ToHaveTextAsync(
                "Cette structure a changé entre-temps : elle est maintenant « Active ». Voici où elle en est."
            );
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Active");
        await page.AssertNoAxeViolationsAsync("structure du réseau, changée entre-temps");
        Assert.Equal(2, (await StructureData.HistoryAsync(portal, id)).Count);
        await StructureData.WithdrawApplicantAsync(portal, id);
    }

    [Fact]
    public async Task A_suspension_needs_a_reason_then_the_structure_is_suspended_and_reactivated()
    {
        const string Name = "Espace numérique du Vallon";
        var id = await StructureData.RegisterAsync(portal, Name);
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            $"/coordination/structures/{id}"
        );
        var page = tab.Page;
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Active");

        await page.GetByRole(AriaRole.Button, new() { Name = "Suspendre la structure" }).ClickAsync();
        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(
            ["#motif-suspension"],
            await page.Locator(".error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.hash)")
        );
        const string Missing = "Indiquez le motif de la suspension : il reste dans l'historique.";
        await Assertions.Expect(page.Locator(".error-summary a")).ToHaveTextAsync(Missing);
        await Assertions.Expect(page.Locator("#motif-suspension-error")).ToHaveTextAsync($"Erreur : {Missing}");
        Assert.Equal("true", await page.Locator("#motif-suspension").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, await page.Locator(".confirm").CountAsync());
        await page.AssertNoAxeViolationsAsync("structure du réseau, suspension sans motif");
        await page.ScreenshotAsync("coordination-structure-suspension-erreur");
        Assert.Equal("active", (await StructureData.ReadAsync(portal, id)).GetProperty("status").GetString());

        const string Reason = "Convention de partenariat à renouveler.";
        await page.GetByLabel("Motif de la suspension").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Suspendre la structure" }).ClickAsync();
        var confirm = page.Locator(".confirm");
        await Assertions.Expect(confirm.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Suspendre {Name} ?");
        await Assertions.Expect(confirm).ToContainTextAsync("disparaît de l'annuaire");
        await Assertions.Expect(page.GetByLabel("Motif de la suspension")).ToHaveValueAsync(Reason);
        await page.AssertNoAxeViolationsAsync("structure du réseau, suspension à confirmer");
        await page.ScreenshotAsync("coordination-structure-suspension-confirmation");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Suspendre la structure" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{Name} est suspendue");
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Suspendue");
        await Assertions.Expect(page.Locator(".lead")).ToContainTextAsync($"Motif : {Reason}");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Link, new() { Name = "Voir sa page dans l'annuaire" }))
            .ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync("structure du réseau, suspendue");
        await page.ScreenshotAsync("coordination-structure-suspendue");
        Assert.Equal("suspended", (await StructureData.ReadAsync(portal, id)).GetProperty("status").GetString());
        Assert.Equal(("active", "suspended", Reason), (await StructureData.HistoryAsync(portal, id))[^1]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Réactiver la structure" }).ClickAsync();
        await Assertions.Expect(page.Locator(".confirm")).ToContainTextAsync("revient dans l'annuaire");
        await page.Locator(".confirm")
            .GetByRole(AriaRole.Button, new() { Name = "Réactiver la structure" })
            .ClickAsync();

        await Assertions
            .Expect(page.GetByRole(AriaRole.Status))
            .ToHaveTextAsync($"{Name} est de nouveau active : elle revient dans l'annuaire.");
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Active");
        await Assertions.Expect(History(page)).ToHaveCountAsync(3);
        await Assertions
            .Expect(History(page))
            .ToContainTextAsync(["Inscrite par la coordination", $"Motif : {Reason}", "Réactivée"]);
        Assert.Equal("active", (await StructureData.ReadAsync(portal, id)).GetProperty("status").GetString());
        Assert.Equal(
            [(null, "active", null), ("active", "suspended", Reason), ("suspended", "active", null)],
            await StructureData.HistoryAsync(portal, id)
        );
    }

    [Fact]
    public async Task The_archiving_says_what_it_cancels_and_once_confirmed_without_javascript_is_for_good()
    {
        const string Name = "Point numérique de la Gare";
        var id = await StructureData.RegisterAsync(portal, Name);
        await using var tab = await SignedInWithoutJavaScriptAsync($"/coordination/structures/{id}");
        var page = tab.Page;

        const string Reason = "L'association a été dissoute.";
        await page.GetByLabel("Motif (facultatif)").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Archiver la structure" }).ClickAsync();
        var confirm = page.Locator(".confirm");
        await Assertions.Expect(confirm.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Archiver {Name} ?");
        await Assertions.Expect(confirm).ToContainTextAsync("C'est définitif");
        await Assertions.Expect(confirm).ToContainTextAsync("Elle n'a aucun atelier publié à venir.");
        await Assertions.Expect(confirm).ToContainTextAsync("Elle ne prête aucun matériel.");
        await page.AssertNoAxeViolationsAsync("structure du réseau, archivage à confirmer");
        await page.ScreenshotAsync("coordination-structure-archivage-confirmation");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Archiver la structure" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{Name} est archivée");
        await Assertions.Expect(page.Locator("main .badge")).ToHaveTextAsync("Archivée");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ce que vous pouvez faire" }))
            .ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync("structure du réseau, archivée");
        await page.ScreenshotAsync("coordination-structure-archivee");
        Assert.Equal("archived", (await StructureData.ReadAsync(portal, id)).GetProperty("status").GetString());
        Assert.Equal(("active", "archived", Reason), (await StructureData.HistoryAsync(portal, id))[^1]);

        await page.GotoAsync("/coordination/structures?statut=archivees");
        var archived = await StructureData.CountAsync(portal, "status=archived");
        await Assertions.Expect(CurrentFilter(page)).ToHaveTextAsync($"Archivées ({archived})");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Name })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_archiving_of_a_structure_that_organises_and_lends_counts_its_workshops_and_items_first()
    {
        // Only the confirmation is shown: the demo structure is left as it is, for the other tests.
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            $"/coordination/structures/{DemoUsers.Moulins}"
        );
        var page = tab.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Archiver la structure" }).ClickAsync();
        var confirm = page.Locator(".confirm");
        await Assertions
            .Expect(confirm.GetByRole(AriaRole.Heading))
            .ToHaveTextAsync("Archiver Centre social Les Moulins ?");

        using var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        var now = DateTimeOffset.UtcNow;
        var workshops = (await coordinator.GetAsync($"/api/events?organiserId={DemoUsers.Moulins}&pageSize=100"))
            .GetProperty("items")
            .EnumerateArray()
            .Where(w => w.GetProperty("organiserId").GetGuid() == DemoUsers.Moulins)
            .Where(w => w.GetProperty("startsAt").GetDateTimeOffset() > now)
            .ToList();
        var seats = workshops.Sum(w => w.GetProperty("seatsTaken").GetInt32());
        var items = (await coordinator.GetAsync($"/api/equipment?ownerId={DemoUsers.Moulins}&pageSize=100"))
            .GetProperty("total")
            .GetInt32();
        Assert.True(workshops.Count > 1 && items > 1, "Les Moulins organises workshops and lends items in the demo.");
        await Assertions
            .Expect(confirm)
            .ToContainTextAsync($"Ses {workshops.Count} ateliers publiés à venir seront annulés ({seats} ");
        await Assertions.Expect(confirm).ToContainTextAsync($"Ses {items} objets seront retirés du parc de matériel");
        await Assertions.Expect(confirm).ToContainTextAsync("Demandez d'abord à la structure d'appeler les autres");
        await page.ScreenshotAsync("coordination-structure-archivage-compte");

        await confirm.GetByRole(AriaRole.Link, new() { Name = "Non, revenir en arrière" }).ClickAsync();
        await Assertions.Expect(page.Locator(".confirm")).ToHaveCountAsync(0);
        Assert.Equal(
            "active",
            (await StructureData.ReadAsync(portal, DemoUsers.Moulins)).GetProperty("status").GetString()
        );
    }

    [Fact]
    public async Task Each_status_lists_as_many_structures_as_the_api_and_says_plainly_when_there_are_none()
    {
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            "/coordination/structures?statut=suspendues"
        );
        var page = tab.Page;
        var suspended = await StructureData.CountAsync(portal, "status=suspended");
        await Assertions.Expect(CurrentFilter(page)).ToHaveTextAsync($"Suspendues ({suspended})");
        if (suspended == 0)
        {
            await Assertions.Expect(page.Locator("#resultats")).ToHaveTextAsync("Aucune structure n'est suspendue.");
        }
        else
        {
            await Assertions.Expect(page.Locator("#resultats tbody tr")).ToHaveCountAsync(Math.Min(suspended, 20));
        }

        var stale = await StructureData.CountAsync(portal, "stale=true");
        var staleBlock = page.GetByRole(AriaRole.Region, new() { Name = "Fiches à mettre à jour" });
        if (stale == 0)
        {
            await Assertions
                .Expect(staleBlock)
                .ToContainTextAsync("Toutes les structures actives ont mis à jour leur fiche récemment.");
        }
        else
        {
            await Assertions.Expect(staleBlock.Locator("tbody tr")).ToHaveCountAsync(stale);
        }

        await page.AssertNoAxeViolationsAsync("structures du réseau, suspendues");
        await page.ScreenshotAsync("coordination-structures-suspendues");

        await page.GetByRole(AriaRole.Link, new() { Name = "Actives (" }).ClickAsync();
        var active = await StructureData.CountAsync(portal, "status=active");
        await Assertions.Expect(CurrentFilter(page)).ToHaveTextAsync($"Actives ({active})");
        await Assertions.Expect(page.Locator("#resultats tbody tr")).ToHaveCountAsync(Math.Min(active, 20));
        await Assertions
            .Expect(page.GetByRole(AriaRole.Link, new() { Name = "Centre social Les Moulins" }))
            .ToHaveAttributeAsync("href", $"/coordination/structures/{DemoUsers.Moulins}");
        await page.AssertNoAxeViolationsAsync("structures du réseau, actives");
        await page.ScreenshotAsync("coordination-structures-actives");
    }

    [Fact]
    public async Task The_list_and_a_refused_application_fit_a_phone_320_px_wide()
    {
        var id = await StructureData.ApplyAsync(portal, "Maison des services au public de la Vésubie-Tinée");
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            "/coordination/structures",
            Visitor.Phone
        );
        var page = tab.Page;
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAxeViolationsAsync("structures du réseau, 320 px");
        await page.ScreenshotAsync("coordination-structures-320");

        await page.GotoAsync($"/coordination/structures/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refuser la demande" }).ClickAsync();
        await Assertions
            .Expect(page.Locator(".confirm"))
            .ToContainTextAsync("pour rejoindre le réseau, la structure devra faire une nouvelle demande");
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAxeViolationsAsync("structure du réseau, refus à confirmer, 320 px");
        await page.ScreenshotAsync("coordination-structure-refus-320");

        await page.Locator(".confirm").GetByRole(AriaRole.Button, new() { Name = "Refuser la demande" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("est refusée");
        await Assertions
            .Expect(page.Locator(".lead"))
            .ToHaveTextAsync("Sa demande d'adhésion a été refusée : plus rien ne peut changer.");
        await page.AssertNoHorizontalScrollAsync();
        Assert.Equal("archived", (await StructureData.ReadAsync(portal, id)).GetProperty("status").GetString());
        Assert.Equal(("pending", "archived", null), (await StructureData.HistoryAsync(portal, id))[^1]);
    }

    [Theory]
    [InlineData(DemoUsers.Staff)]
    [InlineData(DemoUsers.Admin)]
    public async Task Partner_staff_and_admins_get_page_introuvable(string user)
    {
        await using var tab = await portal.NewSignedInPageAsync(user, "/espace");
        Assert.Equal(0, await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Structures du réseau" }).CountAsync());
        foreach (
            var path in new[]
            {
                "/coordination/structures",
                "/coordination/structures?statut=actives",
                $"/coordination/structures/{DemoUsers.Moulins}",
            }
        )
        {
            var response = await tab.Page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.Equal("Page introuvable", await tab.Page.Locator("h1").InnerTextAsync());
        }
    }

    /// <summary>A tab without JavaScript, signed in as the coordinator: the sign-in itself is made with JavaScript,
    /// in a tab whose session cookie is then handed over.</summary>
    private async Task<BrowserTab> SignedInWithoutJavaScriptAsync(string path)
    {
        IReadOnlyList<BrowserContextCookiesResult> cookies;
        await using (var signedIn = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, path))
        {
            cookies = await signedIn.Context.CookiesAsync();
        }

        var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        await tab.Context.AddCookiesAsync(
            cookies.Select(cookie => new Cookie
            {
                Name = cookie.Name,
                Value = cookie.Value,
                Domain = cookie.Domain,
                Path = cookie.Path,
                Expires = cookie.Expires,
                HttpOnly = cookie.HttpOnly,
                Secure = cookie.Secure,
                SameSite = cookie.SameSite,
            })
        );
        await tab.Page.GotoAsync(path);
        return tab;
    }

    /// <summary>The changes of the history, each with its date, what changed and why.</summary>
    private static ILocator History(IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Historique" }).Locator("li");

    private static ILocator CurrentFilter(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Filtrer par statut" }).Locator("a[aria-current=page]");
}
