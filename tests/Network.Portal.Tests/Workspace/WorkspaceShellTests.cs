using Microsoft.Playwright;

namespace Network.Portal.Tests.Workspace;

/// <summary>Every page under /espace asks for sign-in, is for the staff of the structure one acts for, and is reached
/// from the menu.</summary>
[Collection(PortalFixture.Collection)]
public sealed class WorkspaceShellTests(PortalFixture portal)
{
    [Fact]
    public async Task A_workspace_address_asks_for_sign_in_and_leads_back_to_itself()
    {
        await using var tab = await portal.NewPageAsync();
        var page = tab.Page;

        await page.GotoAsync("/espace/materiel");
        await Assertions.Expect(page.GetByLabel("Mot de passe")).ToBeVisibleAsync();
        await page.GetByLabel("Nom d'utilisateur").FillAsync(DemoUsers.Staff);
        await page.GetByLabel("Mot de passe").FillAsync(DemoUsers.Staff);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Matériel", Level = 1 }))
            .ToBeVisibleAsync();
        Assert.Equal("/espace/materiel", new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData(DemoUsers.Coordinator)]
    [InlineData(DemoUsers.WithoutRole)]
    public async Task Who_is_not_staff_of_a_structure_gets_page_introuvable(string user)
    {
        await using var tab = await portal.NewSignedInPageAsync(user, "/");
        foreach (var path in new[] { "/espace", "/espace/ateliers", "/espace/ateliers/nouveau", "/espace/structure" })
        {
            var response = await tab.Page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.Equal("Page introuvable", await tab.Page.Locator("h1").InnerTextAsync());
        }
    }

    [Fact]
    public async Task Staff_see_the_workspace_menu_and_only_admins_see_their_structure()
    {
        await using (var staff = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace"))
        {
            var menu = staff.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            Assert.Equal(
                "page",
                await menu.GetByRole(AriaRole.Link, new() { Name = "Mon espace" }).GetAttributeAsync("aria-current")
            );
            Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "Ma structure" }).CountAsync());
            Assert.Equal(0, await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Ma structure" }).CountAsync());
            await staff.Page.AssertNoAxeViolationsAsync("mon espace");
            await staff.Page.ScreenshotAsync("espace");
            Assert.Equal(404, (await staff.Page.GotoAsync("/espace/structure"))!.Status);
        }

        await using var admin = await portal.NewSignedInPageAsync(DemoUsers.Admin, "/espace");
        await admin
            .Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Ma structure" })
            .ClickAsync();
        await Assertions
            .Expect(admin.Page.GetByRole(AriaRole.Heading, new() { Name = "Ma structure", Level = 1 }))
            .ToBeVisibleAsync();
        Assert.Equal(
            "page",
            await admin
                .Page.GetByRole(AriaRole.Link, new() { Name = "Ma structure" })
                .First.GetAttributeAsync("aria-current")
        );
    }
}
