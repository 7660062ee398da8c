using Microsoft.Playwright;
using Network.Portal.Formatting;
using Network.Portal.Tests.Pages;
using Network.Portal.Tests.Workspace.Referrals;

namespace Network.Portal.Tests.Workspace.Overview;

/// <summary>Mon espace, the home of a staff member: what waits for their structure today and in the days ahead, each
/// line leading to its page, and a plain sentence where there is nothing.</summary>
[Collection(PortalFixture.Collection)]
public sealed class OverviewTests(PortalFixture portal)
{
    [Fact]
    public async Task Mon_espace_shows_today_s_workshop_whom_to_call_a_waiting_referral_s_age_and_a_loan_to_hand_over()
    {
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(30);
        var workshop = await ReferralData.PublishGrasseWorkshopAsync(portal, "Atelier du jour à Grasse", startsAt);
        await Workshops.RegisterAsync(portal, workshop, "Paulin", "203.0.113.71", "Appel", "06 55 44 33 22");
        var referral = await ReferralData.SendAsync(portal, "Rosine", "Attente");
        var (loan, handedOverAt) = await LoanData.LendTomorrowAsync(
            portal,
            owner: DemoUsers.GrasseStaff,
            borrower: DemoUsers.Staff,
            "Tablette de démonstration"
        );

        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.GrasseStaff, "/espace");
        var page = tab.Page;
        var now = DateTimeOffset.UtcNow;

        var workshops = page.GetByRole(AriaRole.Region, new() { Name = "Vos ateliers" });
        var line = workshops.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Atelier du jour à Grasse" });
        Assert.Equal($"/espace/ateliers/{workshop}", await line.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        await Assertions
            .Expect(line)
            .ToContainTextAsync(French.Capitalised(WorkshopTime.Of(startsAt, startsAt.AddHours(2), null, now)));

        var calls = page.GetByRole(AriaRole.Region, new() { Name = "Personnes à appeler" });
        var call = calls.GetByRole(AriaRole.Row, new() { Name = "Paulin Appel" });
        await Assertions.Expect(call).ToContainTextAsync("06 55 44 33 22");
        await Assertions.Expect(call).ToContainTextAsync("Pas d'e-mail");
        await Assertions.Expect(call).ToContainTextAsync("Atelier du jour à Grasse");

        var referrals = page.GetByRole(AriaRole.Region, new() { Name = "Orientations qui attendent votre réponse" });
        var waiting = referrals.GetByRole(AriaRole.Row, new() { Name = "Rosine A." });
        Assert.Equal(
            $"/espace/orientations/{referral}",
            await waiting.GetByRole(AriaRole.Link).GetAttributeAsync("href")
        );
        await Assertions.Expect(waiting).ToContainTextAsync("Aujourd'hui");
        await Assertions.Expect(waiting).ToContainTextAsync(ReferralData.Sender);
        var received = await referrals
            .Locator("time")
            .EvaluateAllAsync<string[]>("times => times.map(t => t.dateTime)");
        Assert.Equal(received.Order(StringComparer.Ordinal), received);

        var loans = page.GetByRole(AriaRole.Region, new() { Name = "Matériel à remettre ou à reprendre" });
        var handOver = loans.GetByRole(AriaRole.Row, new() { Name = "Tablette de démonstration" });
        Assert.Equal(
            $"/espace/materiel/prets/{loan}",
            await handOver.GetByRole(AriaRole.Link).GetAttributeAsync("href")
        );
        await Assertions.Expect(handOver.GetByRole(AriaRole.Cell).First).ToHaveTextAsync("À remettre");
        await Assertions.Expect(handOver).ToContainTextAsync(ReferralData.Sender);
        await Assertions.Expect(handOver).ToContainTextAsync(French.Capitalised(French.DayAndHour(handedOverAt, now)));

        await page.AssertNoAxeViolationsAsync("mon espace, rempli");
        await page.ScreenshotAsync("espace-rempli");
        await page.SetViewportSizeAsync(Visitor.Phone.Width, Visitor.Phone.Height);
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAxeViolationsAsync("mon espace, rempli, 320 px");
        await page.ScreenshotAsync("espace-rempli-320");
    }

    [Fact]
    public async Task Mon_espace_of_a_structure_with_nothing_to_do_says_so_in_each_block()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.MentonAdmin, "/espace");
        var page = tab.Page;

        await Assertions.Expect(page.GetByText("Aucun atelier aujourd'hui.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Personne à appeler d'ici au")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Aucune orientation n'attend votre réponse.")).ToBeVisibleAsync();
        await Assertions
            .Expect(page.GetByText("Aucun matériel à remettre, à récupérer ni à rendre"))
            .ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Table).CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ma structure" }).Last).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync("mon espace, vide");
        await page.ScreenshotAsync("espace-vide");
    }
}
