using Microsoft.Playwright;

namespace Network.Portal.Tests.Pages;

/// <summary>Partner staff and the coordinator sign in through the identity provider's page, act for one of their
/// structures, and sign out.</summary>
[Collection(PortalFixture.Collection)]
public sealed class SignInTests(PortalFixture portal)
{
    [Fact]
    public async Task A_staff_member_signs_in_sees_their_structure_and_entry_points_and_signs_out()
    {
        await using var tab = await portal.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByLabel("Nom d'utilisateur").FillAsync("mediateur.moulins");
        await page.GetByLabel("Mot de passe").FillAsync("pas le bon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Nom d'utilisateur ou mot de passe incorrect.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("connexion-erreur");

        await page.GetByLabel("Mot de passe").FillAsync("mediateur.moulins");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await Assertions.Expect(page.Locator(".account-structure")).ToHaveTextAsync("pour Centre social Les Moulins");
        Assert.StartsWith(portal.Gateway.ToString().TrimEnd('/'), page.Url, StringComparison.Ordinal);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        foreach (var entry in new[] { "Mon espace", "Mes ateliers", "Orientations", "Matériel", "Mes chiffres" })
        {
            await Assertions
                .Expect(menu.GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }))
                .ToBeVisibleAsync();
        }

        Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord du réseau" }).CountAsync());
        await page.AssertNoAxeViolationsAsync("en-tête connecté");
        await page.ScreenshotAsync("espace-connecte");
        var cookies = await tab.Context.CookiesAsync([portal.Gateway.ToString()]);
        Assert.All(cookies, cookie => Assert.DoesNotContain("eyJ", cookie.Value, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();

        // The identity provider's session ended too: signing in again asks for the password.
        await page.GotoAsync("/espace");
        await Assertions.Expect(page.GetByLabel("Mot de passe")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_user_of_two_structures_chooses_the_one_they_act_for_and_the_choice_is_remembered()
    {
        await using var tab = await portal.NewPageAsync();
        var page = tab.Page;
        await page.SignInAsync(DemoUsers.TwoStructures, "/espace");

        var switcher = page.GetByLabel("Vous agissez pour");
        var options = await switcher.Locator("option").AllInnerTextsAsync();
        Assert.Equal(2, options.Count);
        var other = await switcher.Locator("option:not([selected])").GetAttributeAsync("value");
        await switcher.SelectOptionAsync(other!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer de structure" }).ClickAsync();

        await page.GotoAsync("/structures");
        Assert.Equal(other, await page.GetByLabel("Vous agissez pour").InputValueAsync());
        await page.AssertNoAxeViolationsAsync("en-tête, deux structures");
        await page.ScreenshotAsync("en-tete-deux-structures");
    }

    [Fact]
    public async Task The_coordinator_sees_the_coordination_and_no_staff_entry_points()
    {
        await using var tab = await portal.NewPageAsync();
        var page = tab.Page;
        await page.SignInAsync(DemoUsers.Coordinator, "/coordination");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        foreach (var entry in new[] { "Tableau de bord du réseau", "Structures du réseau" })
        {
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = entry })).ToBeVisibleAsync();
        }

        Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "Mes ateliers" }).CountAsync());
        Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "Mes chiffres" }).CountAsync());
        Assert.Equal("Tableau de bord du réseau", await page.Locator("h1").InnerTextAsync());

        var staffPage = await page.GotoAsync("/espace/ateliers");
        Assert.Equal(404, staffPage!.Status);
    }

    [Fact]
    public async Task Signing_out_needs_the_form_of_the_portal()
    {
        await using var tab = await portal.NewPageAsync();
        await tab.Page.SignInAsync(DemoUsers.Staff, "/espace");

        // Another site cannot sign the person out: a post without the antiforgery token is refused.
        var forged = await tab.Page.APIRequest.PostAsync(
            "/deconnexion",
            new() { Form = tab.Page.APIRequest.CreateFormData() }
        );
        Assert.Equal(400, forged.Status);
        await tab.Page.GotoAsync("/espace");
        await Assertions
            .Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }))
            .ToBeVisibleAsync();
    }
}
