using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace;

/// <summary>Changes that tell people, or that someone else made meanwhile: confirmed first, or shown as they are
/// now.</summary>
[Collection(PortalFixture.Collection)]
public sealed class WorkshopChangesTests(PortalFixture portal)
{
    [Fact]
    public async Task A_new_time_is_confirmed_with_the_number_of_people_told_then_saved()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        // 10 h in Paris: the new time, an hour later, changes the hours only, on the same day, whatever the hour of
        // the run (at 23 h 30 it would have moved to the same day's 0 h 30).
        var startsAt = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(6).AddHours(9), TimeSpan.Zero);
        var id = await OrganisedWorkshops.CreateAsync(api, "Atelier déplacé", startsAt);
        await OrganisedWorkshops.RegisterAsync(api, id, "Awa", email: "awa.deplace@example.org");
        await OrganisedWorkshops.RegisterAsync(api, id, "Louis", phone: "0612345670");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/ateliers/{id}/modifier");
        var page = tab.Page;
        var (_, later) = OrganisedWorkshops.InParis(startsAt.AddHours(1));
        var (_, end) = OrganisedWorkshops.InParis(startsAt.AddHours(2));

        await page.GetByLabel("Heure de début").FillAsync(later);
        await page.GetByLabel("Heure de fin").FillAsync(end);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();

        var confirmation = page.Locator("#confirmation");
        await Assertions
            .Expect(confirmation.GetByRole(AriaRole.Heading, new() { Name = "Changer l'horaire de l'atelier ?" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(confirmation).ToContainTextAsync("2 personnes sont inscrites.");
        await Assertions.Expect(confirmation).ToContainTextAsync("1 sera prévenue par e-mail.");
        await Assertions.Expect(confirmation).ToContainTextAsync("1 n'a pas laissé d'e-mail : appelez-la");
        Assert.Equal(
            startsAt.ToUnixTimeSeconds(),
            (await api.GetAsync($"/api/events/{id}")).GetProperty("startsAt").GetDateTimeOffset().ToUnixTimeSeconds()
        );
        await page.AssertNoAxeViolationsAsync("changer l'horaire, confirmation");
        await page.ScreenshotAsync("espace-atelier-changer-horaire");

        await page.GetByRole(AriaRole.Button, new() { Name = "Changer l'horaire et prévenir les inscrits" })
            .ClickAsync();
        await Assertions
            .Expect(page.GetByText("Le nouvel horaire est enregistré ; les personnes inscrites sont prévenues."))
            .ToBeVisibleAsync();
        Assert.Equal(
            startsAt.AddHours(1).ToUnixTimeSeconds() / 60,
            (await api.GetAsync($"/api/events/{id}")).GetProperty("startsAt").GetDateTimeOffset().ToUnixTimeSeconds()
                / 60
        );
    }

    [Fact]
    public async Task An_edit_that_lost_the_race_shows_the_new_version_and_keeps_the_person_s_changes()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var id = await OrganisedWorkshops.CreateAsync(api, "Atelier disputé", DateTimeOffset.UtcNow.AddDays(6));
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/ateliers/{id}/modifier");
        var page = tab.Page;

        await page.GetByLabel("Nombre de places").FillAsync("15");
        await OrganisedWorkshops.RenameAsync(api, id, "Atelier renommé par une collègue");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();

        await Assertions
            .Expect(
                page.GetByRole(
                    AriaRole.Heading,
                    new() { Name = "Quelqu'un d'autre a modifié cet atelier pendant que vous le modifiiez" }
                )
            )
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Atelier renommé par une collègue");
        Assert.Equal("15", await page.GetByLabel("Nombre de places").InputValueAsync());
        Assert.Equal(10, (await api.GetAsync($"/api/events/{id}")).GetProperty("capacity").GetInt32());
        await page.AssertNoAxeViolationsAsync("modifier un atelier, modifié entre-temps");
        await page.ScreenshotAsync("espace-atelier-modifie-entre-temps");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'atelier est enregistré.")).ToBeVisibleAsync();
        Assert.Equal(15, (await api.GetAsync($"/api/events/{id}")).GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task One_session_then_the_rest_of_the_series_are_cancelled_with_a_reason_after_counting_who_is_told()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var first = DateTimeOffset.UtcNow.AddDays(2);
        var created = await api.PostAsync(
            "/api/events",
            new
            {
                title = "Atelier du jeudi",
                category = "atelier-numerique",
                startsAt = first,
                endsAt = first.AddHours(1),
                location = new
                {
                    name = "Centre social",
                    postalCode = "06200",
                    commune = "Nice",
                },
                capacity = 8,
                recurrence = new { frequency = "weekly", count = 3 },
            }
        );
        var seriesId = created.GetProperty("seriesId").GetGuid();
        await api.PostAsync($"/api/events/series/{seriesId}/publish");
        var sessions = (await api.GetAsync($"/api/events/series/{seriesId}"))
            .GetProperty("items")
            .EnumerateArray()
            .Select(item => item.GetProperty("id").GetGuid())
            .ToList();
        await OrganisedWorkshops.RegisterAsync(api, sessions[0], "Awa", phone: "0611111111");
        await OrganisedWorkshops.RegisterAsync(api, sessions[1], "Louis", email: "louis.jeudi@example.org");
        await OrganisedWorkshops.RegisterAsync(api, sessions[2], "Nadia", email: "nadia.jeudi@example.org");
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/ateliers/{sessions[0]}");
        var page = tab.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Annuler l'atelier" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("1 personne est inscrite.");
        await Assertions
            .Expect(page.Locator("#confirmation"))
            .ToContainTextAsync("1 n'a pas laissé d'e-mail : appelez-la");
        await page.AssertNoAxeViolationsAsync("annuler un atelier, confirmation");
        await page.ScreenshotAsync("espace-atelier-annuler");
        await page.GetByLabel("Motif, dit aux personnes inscrites").FillAsync("Salle inondée");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler l'atelier" }).ClickAsync();
        await Assertions
            .Expect(page.GetByText("L'atelier est annulé ; les personnes inscrites sont prévenues."))
            .ToBeVisibleAsync();
        var cancelled = await api.GetAsync($"/api/events/{sessions[0]}");
        Assert.Equal(
            ("cancelled", "Salle inondée"),
            (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancellationReason").GetString())
        );

        await page.GotoAsync($"/espace/ateliers/{sessions[1]}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Annuler la suite de la série" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Annuler les 2 séances à venir de la série ?" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("2 personnes sont inscrites.");
        await Assertions.Expect(page.Locator("#confirmation")).ToContainTextAsync("2 seront prévenues par e-mail.");
        await page.AssertNoAxeViolationsAsync("annuler la série, confirmation");
        await page.GetByLabel("Motif, dit aux personnes inscrites").FillAsync("Fin du programme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuler la suite de la série" }).ClickAsync();
        await Assertions
            .Expect(page.GetByText("2 séances de la série sont annulées ; les personnes inscrites sont prévenues."))
            .ToBeVisibleAsync();
        foreach (var session in sessions)
        {
            Assert.Equal("cancelled", (await api.GetAsync($"/api/events/{session}")).GetProperty("status").GetString());
        }
    }
}
