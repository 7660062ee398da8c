using Microsoft.Playwright;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Portal.Tests.Workspace.Team;

/// <summary>
/// Mon équipe: a structure's admin invites a colleague, who chooses a password from the e-mail and signs in as its
/// staff; the admin then takes them off the team, and their next token no longer names the structure.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class TeamTests(PortalFixture portal)
{
    private const string Email = "sacha.delorme@menton.example.org";
    private const string Password = "Un mot de passe de Sacha 2026";
    private static readonly Guid Menton = Guid.Parse("0193a000-0000-7000-8000-000000000006");

    [Fact]
    public async Task An_admin_invites_a_colleague_who_signs_in_from_the_email_then_removes_them()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.MentonAdmin, "/espace/equipe");
        var page = tab.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon équipe");
        await Assertions.Expect(Row(page, "Paul Orsini")).ToContainTextAsync("Gestionnaire");
        await page.AssertNoAxeViolationsAsync("mon équipe");
        await page.ScreenshotAsync("equipe");

        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();
        await Assertions
            .Expect(page.Locator("#erreurs"))
            .ToContainTextAsync("Indiquez l'adresse e-mail de la personne.");
        await page.AssertNoAxeViolationsAsync("mon équipe, erreurs");
        await page.ScreenshotAsync("equipe-erreurs");

        await page.GetByLabel("Adresse e-mail").FillAsync(Email);
        await page.GetByLabel("Prénom").FillAsync("Sacha");
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Delorme");
        await page.GetByLabel("Membre de l'équipe").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".confirm")).ToContainTextAsync($"un e-mail lui sera envoyé à {Email}");
        await page.AssertNoAxeViolationsAsync("mon équipe, invitation à confirmer");
        await page.ScreenshotAsync("equipe-invitation");
        await page.Locator(".confirm").GetByRole(AriaRole.Button, new() { Name = "Inviter" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation envoyée");
        await Assertions
            .Expect(Row(page, "Sacha Delorme"))
            .ToContainTextAsync("n'a pas encore choisi son mot de passe");
        await page.ScreenshotAsync("equipe-invitee");

        var mail = DevIdentityMail.LatestTo(Path.Combine(portal.DataFolder, "mail"), Email);
        Assert.NotNull(mail);
        await using (var colleague = await portal.NewPageAsync())
        {
            await colleague.Page.GotoAsync(mail.ActionLink.ToString());
            await colleague.Page.GetByLabel("Nouveau mot de passe").FillAsync(Password);
            await colleague.Page.GetByLabel("Confirmation du mot de passe").FillAsync(Password);
            await colleague
                .Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le mot de passe" })
                .ClickAsync();
            await colleague.Page.GotoAsync(portal.Gateway + "connexion?retour=%2Fespace");
            await colleague.Page.GetByLabel("Nom d'utilisateur").FillAsync(Email);
            await colleague.Page.GetByLabel("Mot de passe").FillAsync(Password);
            await colleague.Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await Assertions
                .Expect(colleague.Page.Locator(".account-structure"))
                .ToHaveTextAsync("pour CCAS de Menton");
            var menu = colleague.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
            await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Mes ateliers" })).ToBeVisibleAsync();
            Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "Mon équipe" }).CountAsync());
        }

        var staff = TokenClaims.Of(await DevIdentityClient.PasswordTokenAsync(portal.Identity, Email, Password));
        Assert.Equal([Menton], TokenClaims.PartnerIds(staff));
        Assert.Contains("partner-staff", TokenClaims.RealmRoles(staff));

        await page.ReloadAsync();
        await Assertions.Expect(Row(page, "Sacha Delorme")).ToContainTextAsync("Compte actif");
        await Row(page, "Sacha Delorme").GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer de l'équipe" }).ClickAsync();
        await Assertions.Expect(page.Locator(".confirm")).ToContainTextAsync("ne pourra plus agir pour CCAS de Menton");
        await page.AssertNoAxeViolationsAsync("membre de l'équipe, retrait à confirmer");
        await page.ScreenshotAsync("equipe-retrait");
        await page.Locator(".confirm").GetByRole(AriaRole.Button, new() { Name = "Retirer de l'équipe" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ne fait plus partie de l'équipe");
        await Assertions.Expect(Row(page, "Sacha Delorme")).ToHaveCountAsync(0);
        var removed = TokenClaims.Of(await DevIdentityClient.PasswordTokenAsync(portal.Identity, Email, Password));
        Assert.Empty(TokenClaims.PartnerIds(removed));
        Assert.DoesNotContain("partner-staff", TokenClaims.RealmRoles(removed));
    }

    [Fact]
    public async Task Staff_who_are_not_admins_find_no_team_page()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace");
        var menu = tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });
        Assert.Equal(0, await menu.GetByRole(AriaRole.Link, new() { Name = "Mon équipe" }).CountAsync());

        var response = await tab.Page.GotoAsync("/espace/equipe");

        Assert.Equal(404, response!.Status);
    }

    private static ILocator Row(IPage page, string name) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name }) });
}
