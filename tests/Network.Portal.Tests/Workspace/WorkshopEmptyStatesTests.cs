using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace;

/// <summary>The workspace's pages before there is anything in them: they say so, and what to do.</summary>
[Collection(PortalFixture.Collection)]
public sealed class WorkshopEmptyStatesTests(PortalFixture portal)
{
    // The médiathèque of the Vésubie valley organises no workshop in the demo network.
    private const string Librarian = "bibliothecaire.vesubie";

    [Fact]
    public async Task A_structure_without_workshops_and_a_draft_without_registrants_say_so()
    {
        await using var tab = await portal.NewSignedInPageAsync(Librarian, "/espace");
        var page = tab.Page;
        await Assertions.Expect(page.GetByText("Aucun atelier aujourd'hui.")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("mon espace, vide");

        foreach (var view in new[] { "", "?vue=brouillons", "?vue=passes", "?vue=annules" })
        {
            await page.GotoAsync($"/espace/ateliers{view}");
            await Assertions.Expect(page.Locator("main table")).ToHaveCountAsync(0);
            await page.AssertNoAxeViolationsAsync($"mes ateliers {view}, vide");
        }

        await page.ScreenshotAsync("espace-ateliers-vide");

        using var api = await PlatformApi.AsAsync(portal, Librarian);
        var draft = await OrganisedWorkshops.CreateAsync(
            api,
            "Lecture numérique",
            DateTimeOffset.UtcNow.AddDays(4),
            publish: false
        );
        foreach (
            var (path, says) in new[]
            {
                ("", "Brouillon"),
                ("/inscrits", "Personne n'est encore inscrit."),
                ("/presences", "Les présences se notent à partir du début de l'atelier."),
                ("/emargement", "Personnes attendues"),
                ("/appels", "Personne n'est inscrit."),
            }
        )
        {
            await page.GotoAsync($"/espace/ateliers/{draft}{path}");
            await Assertions.Expect(page.Locator("main").GetByText(says).First).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync($"atelier en brouillon {path}, vide");
        }

        await page.GotoAsync("/espace/ateliers");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lecture numérique" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Another_structure_s_workshop_is_page_introuvable_in_the_workspace()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var theirs = await OrganisedWorkshops.CreateAsync(
            api,
            "Atelier d'une autre structure",
            DateTimeOffset.UtcNow.AddDays(4)
        );
        await using var tab = await portal.NewSignedInPageAsync(Librarian, "/espace");

        foreach (var path in new[] { "", "/modifier", "/inscrits", "/presences", "/emargement", "/appels" })
        {
            Assert.Equal(404, (await tab.Page.GotoAsync($"/espace/ateliers/{theirs}{path}"))!.Status);
        }
    }
}
