using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Network.Portal.Formatting;
using Network.Portal.Tests.Figures;

namespace Network.Portal.Tests.Workspace;

/// <summary>
/// Mes chiffres: a structure's staff see their own structure's figures, as the activity service gives them for it
/// ("moins de 5" where it withholds one), and no other structure's, whatever the address says.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class MyFiguresTests(PortalFixture portal)
{
    /// <summary>A month far ahead where this test alone puts a workshop of Les Moulins.</summary>
    private static readonly DateOnly First = new(2092, 5, 1);

    private static readonly DateOnly Last = new(2092, 5, 31);

    private static readonly string Month = $"periode=dates&du={ActivityData.Day(First)}&au={ActivityData.Day(Last)}";

    private static readonly string Period = $"from={ActivityData.Day(First)}&to={ActivityData.Day(Last)}";

    [Fact]
    public async Task The_staff_see_their_structure_s_figures_as_the_API_gives_them_and_moins_de_5_where_it_withholds()
    {
        // Three registrations: under 5, the structure's own count is withheld from its own staff too.
        await ActivityData.WorkshopAsync(portal, DemoUsers.Staff, new(2092, 5, 14), registrations: 3);
        using (var coordinator = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator))
        {
            await ActivityData.SettledAsync(coordinator, $"/api/activity/overview?{Period}", overview =>
                overview.GetProperty("events").GetProperty("registrations").GetInt32() == 3
            );
        }

        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, $"/espace/chiffres?{Month}");
        var page = tab.Page;
        await Assertions
            .Expect(page.Locator(".figures-scope"))
            .ToHaveTextAsync("Centre social Les Moulins, chiffres du 1er au 31 mai 2092");

        var (overview, figures) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/overview?{Period}&partnerId={DemoUsers.Moulins}",
            page,
            ActivityData.KeyFiguresAsync
        );
        ActivityData.AssertKeyFigures(overview, figures);
        Assert.True(overview.GetProperty("events").GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("events").GetProperty("registrations").ValueKind);
        Assert.Equal("moins de 5", figures["Inscriptions"]);
        Assert.Equal("1", figures["Ateliers publiés"]);
        Assert.False(figures.ContainsKey("Structures actives"));
        await Assertions
            .Expect(page.Locator(".figure-note").First)
            .ToContainTextAsync("protéger les personnes comptées");

        var series = await api.GetAsync(
            $"/api/activity/timeseries?{Period}&partnerId={DemoUsers.Moulins}&{ActivityData.WeeklySeries}"
        );
        await ActivityData.AssertChartsAsync(page, series, ownStructure: true);

        await page.AssertNoAxeViolationsAsync("mes chiffres, remplis");
        await page.ScreenshotAsync("espace-chiffres");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await page.ScreenshotAsync("espace-chiffres-impression");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(Visitor.Phone.Width, Visitor.Phone.Height);
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAxeViolationsAsync("mes chiffres, 320 px");
        await page.ScreenshotAsync("espace-chiffres-320");
    }

    [Fact]
    public async Task The_staff_cannot_reach_another_structure_s_figures_from_the_address_nor_from_the_API()
    {
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Staff,
            $"/espace/chiffres?{Month}&structure={DemoUsers.Grasse}&partnerId={DemoUsers.Grasse}"
        );
        var page = tab.Page;
        await Assertions.Expect(page.Locator(".figures-scope")).ToContainTextAsync("Centre social Les Moulins");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Grasse");

        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Staff);
        var (own, figures) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/overview?{Period}&partnerId={DemoUsers.Moulins}",
            page,
            ActivityData.KeyFiguresAsync
        );
        ActivityData.AssertKeyFigures(own, figures);

        foreach (var route in new[] { "overview", $"timeseries?{ActivityData.WeeklySeries}&" })
        {
            var separator = route.EndsWith('&') ? "" : "?";
            using var other = await api.Http.GetAsync(
                new Uri($"/api/activity/{route}{separator}{Period}&partnerId={DemoUsers.Grasse}", UriKind.Relative)
            );
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using var table = await api.Http.GetAsync(new Uri($"/api/activity/partners?{Period}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, table.StatusCode);
        Assert.Equal(404, (await page.GotoAsync("/coordination"))!.Status);
    }

    [Fact]
    public async Task A_period_without_activity_and_bad_dates_are_said_plainly_and_the_period_is_chosen_by_keyboard()
    {
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Staff,
            "/espace/chiffres?periode=dates&du=2004-01-01&au=2004-12-31"
        );
        var page = tab.Page;
        await Assertions
            .Expect(page.Locator(".figures-empty"))
            .ToContainTextAsync("Aucun atelier ni prêt de matériel du 1er janvier au 31 décembre 2004.");
        Assert.Equal("moins de 5", (await ActivityData.KeyFiguresAsync(page))["Orientations envoyées"]);
        Assert.Equal(0, await page.Locator("svg").CountAsync());
        await page.AssertNoAxeViolationsAsync("mes chiffres, vides");
        await page.ScreenshotAsync("espace-chiffres-vides");

        await page.GotoAsync("/espace/chiffres?periode=dates&du=2092-05-31&au=2092-05-01");
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Choisissez un dernier jour qui vient après le premier.");
        Assert.Equal("#au", await summary.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("#au-error")).ToContainTextAsync("Choisissez un dernier jour");
        Assert.Equal(0, await page.Locator(".key-figure").CountAsync());
        await page.AssertNoAxeViolationsAsync("mes chiffres, dates inversées");
        await page.ScreenshotAsync("espace-chiffres-erreur");

        await page.GotoAsync("/espace/chiffres");
        await KeyboardOnly.TabUntilAsync(page, "periode-4");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.True(await page.Locator("#periode-2").IsCheckedAsync());
        await KeyboardOnly.TabUntilTextAsync(page, "Afficher les chiffres");
        await page.Keyboard.PressAsync("Enter");
        var quarter = FiguresPeriod.Read("ce-trimestre", null, null, French.Today(DateTimeOffset.UtcNow)).Period!;
        await Assertions
            .Expect(page.Locator(".figures-scope"))
            .ToHaveTextAsync($"Centre social Les Moulins, chiffres {quarter.Text}");
        Assert.Contains("periode=ce-trimestre", page.Url, StringComparison.Ordinal);
    }
}
