using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace;

/// <summary>A médiatrice runs a weekly workshop from the workspace, from its creation to the printed sign-in
/// sheet.</summary>
[Collection(PortalFixture.Collection)]
public sealed class WorkshopJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_weekly_series_is_created_published_moved_filled_by_phone_attended_and_its_sheet_printed()
    {
        var title = $"Café numérique {Random.Shared.Next(1000, 9999)}";
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace/ateliers");
        var page = tab.Page;

        await page.AssertNoAxeViolationsAsync("mes ateliers");
        await page.ScreenshotAsync("espace-ateliers");

        // A weekly series of four sessions, a week from now, with a wheelchair access.
        await page.GetByRole(AriaRole.Link, new() { Name = "Créer un atelier" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync("créer un atelier, vide");
        var (firstDate, _) = OrganisedWorkshops.InParis(DateTimeOffset.UtcNow.AddDays(7));
        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Programme")
            .FillAsync("Ranger ses photos, les partager avec sa famille.\nApportez votre téléphone.");
        await page.GetByLabel("Thème").SelectOptionAsync("atelier-numerique");
        await page.GetByLabel("Date de la première séance").FillAsync(firstDate);
        await page.GetByLabel("Heure de début").FillAsync("14:00");
        await page.GetByLabel("Heure de fin").FillAsync("16:00");
        await page.GetByLabel("Oui, chaque semaine").CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Nombre de séances", Exact = true }).FillAsync("4");
        await page.GetByLabel("Nombre de places").FillAsync("12");
        await page.GetByLabel("Accessible en fauteuil roulant").CheckAsync();
        await page.AssertNoAxeViolationsAsync("créer un atelier, rempli");
        await page.ScreenshotAsync("espace-atelier-nouveau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le brouillon" }).ClickAsync();

        await Assertions.Expect(page.GetByText("La série de 4 séances est créée en brouillon.")).ToBeVisibleAsync();
        var first = Guid.Parse(new Uri(page.Url).Segments[^1]);
        var created = await api.GetAsync($"/api/events/{first}");
        var seriesId = created.GetProperty("seriesId").GetGuid();
        Assert.Equal(
            ("draft", true, 12),
            (
                created.GetProperty("status").GetString(),
                created.GetProperty("accessibility").GetProperty("wheelchair").GetBoolean(),
                created.GetProperty("capacity").GetInt32()
            )
        );
        await page.AssertNoAxeViolationsAsync("atelier en brouillon");
        await page.ScreenshotAsync("espace-atelier-brouillon");

        // Published after a confirmation that says what publishing does.
        await page.GetByRole(AriaRole.Link, new() { Name = "Publier toute la série" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publier les 4 séances à venir de la série ?" }))
            .ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("publier la série, confirmation");
        await page.ScreenshotAsync("espace-atelier-publier-serie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la série" }).ClickAsync();
        await Assertions.Expect(page.GetByText("4 séances de la série sont publiées.")).ToBeVisibleAsync();
        var series = await api.GetAsync($"/api/events/series/{seriesId}");
        Assert.All(series.GetProperty("items").EnumerateArray(), occurrence =>
            Assert.Equal("published", occurrence.GetProperty("status").GetString())
        );

        // The public agenda shows the sessions to someone looking for a wheelchair access.
        await using (var visitor = await portal.NewPageAsync(Visitor.Desktop.FromNewAddress()))
        {
            await visitor.Page.GotoAsync($"/ateliers?q={Uri.EscapeDataString(title)}");
            await visitor.Page.GetByLabel("Accessible en fauteuil roulant").CheckAsync();
            await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Afficher les ateliers" }).ClickAsync();
            await Assertions
                .Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "4 ateliers" }))
                .ToBeVisibleAsync();
            await Assertions
                .Expect(visitor.Page.Locator(".card-access").First)
                .ToHaveTextAsync("Accessibilité : Accessible en fauteuil roulant");
            await visitor.Page.AssertNoAxeViolationsAsync("agenda filtré par accessibilité");
            await visitor.Page.ScreenshotAsync("agenda-accessibilite");
        }

        // The first session moves to a moment from now, before anybody registered.
        var startsAt = OrganisedWorkshops.SoonOnAWholeMinute(TimeSpan.FromSeconds(75));
        var (day, start) = OrganisedWorkshops.InParis(startsAt);
        var (endDay, end) = OrganisedWorkshops.InParis(startsAt.AddHours(1));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages de cet atelier" })
            .GetByRole(AriaRole.Link, new() { Name = "L'atelier" })
            .ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier l'atelier" }).ClickAsync();
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(day);
        await page.GetByLabel("Heure de début").FillAsync(start);
        await page.GetByLabel("Heure de fin").FillAsync(end);
        await page.GetByLabel("Date de fin").FillAsync(endDay);
        await page.AssertNoAxeViolationsAsync("modifier un atelier");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'atelier est enregistré.")).ToBeVisibleAsync();
        Assert.Equal(
            startsAt,
            (await api.GetAsync($"/api/events/{first}")).GetProperty("startsAt").GetDateTimeOffset()
        );

        // A resident registered at the desk: a first name and a phone number.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages de cet atelier" })
            .GetByRole(AriaRole.Link, new() { Name = "Inscrits" })
            .ClickAsync();
        await page.GetByLabel("Prénom").FillAsync("Josiane");
        await page.GetByLabel("Téléphone").FillAsync("06 12 34 56 78");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire cette personne" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Josiane est inscrit·e.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Josiane" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("inscrits, rempli");
        await page.ScreenshotAsync("espace-atelier-inscrits");
        var josiane = Assert.Single(await OrganisedWorkshops.AttendeesAsync(api, first));
        Assert.Equal(
            ("Josiane", "0612345678", true),
            (
                josiane.GetProperty("firstName").GetString(),
                josiane.GetProperty("phone").GetString(),
                josiane.GetProperty("byStaff").GetBoolean()
            )
        );

        // Once it has started: Josiane came, and someone who had not registered.
        await OrganisedWorkshops.WaitUntilAsync(startsAt);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages de cet atelier" })
            .GetByRole(AriaRole.Link, new() { Name = "Présences" })
            .ClickAsync();
        await page.GetByLabel("Josiane").CheckAsync();
        await page.GetByLabel("Personnes venues sans inscription").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await Assertions
            .Expect(page.GetByText("Les présences sont enregistrées : 1 sur 1 place réservée, 1 sans inscription."))
            .ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("présences, enregistrées");
        await page.ScreenshotAsync("espace-atelier-presences");
        Assert.True(
            Assert.Single(await OrganisedWorkshops.AttendeesAsync(api, first)).GetProperty("attended").GetBoolean()
        );
        Assert.Equal(1, (await api.GetAsync($"/api/events/{first}")).GetProperty("walkIns").GetInt32());

        // The sign-in sheet, as the printer gets it: no navigation, the workshop's place and date, Josiane's line.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages de cet atelier" })
            .GetByRole(AriaRole.Link, new() { Name = "Feuille d'émargement" })
            .ClickAsync();
        await page.AssertNoAxeViolationsAsync("feuille d'émargement");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages de cet atelier" }))
            .ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".print-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".sheet-header")).ToContainTextAsync("5 boulevard Paul Montel");
        await Assertions.Expect(page.Locator(".sheet-header")).ToContainTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Josiane" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("espace-atelier-emargement-impression");
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000);
    }
}
