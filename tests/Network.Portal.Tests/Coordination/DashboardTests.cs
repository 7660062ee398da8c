using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Network.Portal.Formatting;
using Network.Portal.Tests.Figures;
using Network.Portal.Tests.Workspace.Referrals;

namespace Network.Portal.Tests.Coordination;

/// <summary>
/// The coordinator's dashboard shows the activity service's figures for its filters, read by the test from both at the
/// same moment: key figures, series as charts with their tables, each structure's row, the flows and the waiting
/// referrals; "moins de 5" where the API withholds a figure; the API's CSV; a print layout; and it is the coordinator's
/// alone.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class DashboardTests(PortalFixture portal)
{
    /// <summary>A month far ahead where this test alone puts workshops: its figures are the test's own.</summary>
    private static readonly DateOnly First = new(2091, 3, 1);

    private static readonly DateOnly Last = new(2091, 3, 31);

    private static readonly string Month = $"periode=dates&du={ActivityData.Day(First)}&au={ActivityData.Day(Last)}";

    private static readonly string Period = $"from={ActivityData.Day(First)}&to={ActivityData.Day(Last)}";

    private static readonly object Grasse = new
    {
        name = "France Services Pays de Grasse",
        street = "22 boulevard Fragonard",
        postalCode = "06130",
        commune = "Grasse",
    };

    [Fact]
    public async Task The_dashboard_shows_the_API_s_figures_for_its_filters_and_moins_de_5_where_the_API_withholds_one()
    {
        // Registrations in the month: 6 at Les Moulins, 2 at Grasse and 3 at Pasteur Connecté; under 5, Grasse's and
        // Pasteur's are withheld, and together they protect Les Moulins', which is shown.
        await ActivityData.WorkshopAsync(portal, DemoUsers.Staff, new(2091, 3, 12), registrations: 6);
        await ActivityData.WorkshopAsync(portal, DemoUsers.GrasseStaff, new(2091, 3, 20), registrations: 2, Grasse);
        await ActivityData.WorkshopAsync(portal, DemoUsers.PasteurAdmin, new(2091, 3, 26), registrations: 3);
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        await ActivityData.SettledAsync(api, $"/api/activity/overview?{Period}", overview =>
            overview.GetProperty("events").GetProperty("registrations").GetInt32() == 11
        );

        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, $"/coordination?{Month}");
        var page = tab.Page;
        await Assertions.Expect(page.Locator(".figures-scope")).ToHaveTextAsync("Chiffres du 1er au 31 mars 2091");

        var (overview, figures) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/overview?{Period}",
            page,
            ActivityData.KeyFiguresAsync
        );
        ActivityData.AssertKeyFigures(overview, figures);
        Assert.Equal("11", figures["Inscriptions"]);
        Assert.Equal(
            FigureText.Count(overview.GetProperty("partners").GetProperty("active").GetInt32()),
            figures["Structures actives"]
        );

        var (series, _) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/timeseries?{Period}&{ActivityData.WeeklySeries}",
            page,
            _ => Task.FromResult(0)
        );
        await ActivityData.AssertChartsAsync(page, series);

        var (rows, table) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/partners?{Period}&pageSize=100",
            page,
            p => ActivityData.TableAsync(p, "Activité des structures")
        );
        AssertStructureRows(rows, table!);
        var grasse = Row(rows, DemoUsers.Grasse);
        Assert.True(grasse.GetProperty("events").GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, grasse.GetProperty("events").GetProperty("registrations").ValueKind);
        Assert.Equal("moins de 5", Cell(table!, ReferralData.Receiver, "Inscriptions"));
        Assert.Equal("6", Cell(table!, ReferralData.Sender, "Inscriptions"));
        await Assertions
            .Expect(page.Locator("#par-structure ~ .figure-note, section:has(#par-structure) .figure-note"))
            .ToContainTextAsync("pour protéger les personnes comptées");

        await page.AssertNoAxeViolationsAsync("tableau de bord, rempli");
        await page.ScreenshotAsync("coordination-tableau-de-bord");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("form.filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".print-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("coordination-tableau-de-bord-impression");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // One commune: Grasse's 2 registrations are withheld in the key figures and in the series.
        await page.GotoAsync($"/coordination?{Month}&commune=Grasse");
        var (local, localFigures) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/overview?{Period}&commune=Grasse",
            page,
            ActivityData.KeyFiguresAsync
        );
        Assert.True(local.GetProperty("events").GetProperty("suppressed").GetBoolean());
        ActivityData.AssertKeyFigures(local, localFigures);
        Assert.Equal("moins de 5", localFigures["Inscriptions"]);
        var localSeries = await api.GetAsync(
            $"/api/activity/timeseries?{Period}&commune=Grasse&{ActivityData.WeeklySeries}"
        );
        await ActivityData.AssertChartsAsync(page, localSeries);
        var grasseRows = await ActivityData.TableAsync(page, "Activité des structures");
        Assert.Equal([ReferralData.Receiver], grasseRows!.Skip(1).Select(row => row[0]));
        await page.AssertNoAxeViolationsAsync("tableau de bord, une commune");
    }

    [Fact]
    public async Task The_CSV_link_downloads_the_API_s_CSV_of_the_period_named_after_it()
    {
        // The last twelve months, which the demo network's workshops and referrals fill.
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, "/coordination");
        var page = tab.Page;
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        var year = FiguresPeriod.Read(null, null, null, French.Today(DateTimeOffset.UtcNow)).Period!;
        var period = $"from={ActivityData.Day(year.From)}&to={ActivityData.Day(year.To)}";

        for (var attempt = 0; ; attempt++)
        {
            var before = await api.Http.GetByteArrayAsync(
                new Uri($"/api/activity/export.csv?{period}", UriKind.Relative)
            );
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le tableau de toutes les structures" })
                    .ClickAsync()
            );
            var after = await api.Http.GetByteArrayAsync(
                new Uri($"/api/activity/export.csv?{period}", UriKind.Relative)
            );
            if (!before.SequenceEqual(after) && attempt < 5)
            {
                continue;
            }

            Assert.Equal(year.FileName, download.SuggestedFilename);
            Assert.Matches(
                @"^activite-du-reseau-\d{4}-\d{2}-01-au-\d{4}-\d{2}-\d{2}\.csv$",
                download.SuggestedFilename
            );
            Assert.Equal(after, await File.ReadAllBytesAsync((await download.PathAsync())!));
            Assert.Equal([0xEF, 0xBB, 0xBF], after.Take(3));
            break;
        }
    }

    [Fact]
    public async Task The_flows_between_structures_and_the_waiting_referrals_are_the_API_s()
    {
        using var api = await PlatformApi.AsAsync(portal, DemoUsers.Coordinator);
        var today = French.Today(DateTimeOffset.UtcNow);
        var month =
            $"from={ActivityData.Day(new DateOnly(today.Year, today.Month, 1))}"
            + $"&to={ActivityData.Day(new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1))}";
        var sent = (await api.GetAsync($"/api/activity/referral-flows?{month}")).GetProperty("total").GetInt32();
        await ReferralData.SendAsync(portal, "Ondine", "Tableau");
        await ActivityData.SettledAsync(api, $"/api/activity/referral-flows?{month}", flows =>
            flows.GetProperty("total").GetInt32() > sent
        );

        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            "/coordination?periode=ce-mois-ci"
        );
        var page = tab.Page;
        var (flows, matrix) = await ActivityData.TogetherAsync(
            api,
            $"/api/activity/referral-flows?{month}&busiest=20",
            page,
            p => ActivityData.TableAsync(p, "Orientations d'une structure à une autre")
        );
        Assert.NotNull(matrix);
        foreach (var flow in flows.GetProperty("flows").EnumerateArray())
        {
            var row = matrix!.Single(cells => cells[0] == flow.GetProperty("fromName").GetString());
            var column = Array.IndexOf(matrix![0], flow.GetProperty("toName").GetString());
            Assert.Equal(ActivityData.Count(flow.GetProperty("count")), row[column]);
        }

        Assert.Equal(
            flows
                .GetProperty("flows")
                .EnumerateArray()
                .Select(f => f.GetProperty("fromName").GetString())
                .Distinct()
                .Count(),
            matrix!.Length - 1
        );
        var total = flows.GetProperty("total").GetInt32();
        await Assertions
            .Expect(page.Locator("section:has(#flux) > p").First)
            .ToContainTextAsync(
                $"{French.Number(total)} {French.Plural(total, "orientation envoyée", "orientations envoyées")}"
            );

        var (pending, waiting) = await ActivityData.TogetherAsync(api, "/api/activity/referrals/pending", page, p =>
            ActivityData.TableAsync(p, "Orientations en attente de réponse")
        );
        Assert.Equal(
            pending
                .GetProperty("partners")
                .EnumerateArray()
                .Select(partner =>
                    $"{partner.GetProperty("name").GetString()}|{ActivityData.Count(partner.GetProperty("open"))}|"
                    + (
                        partner.GetProperty("oldestDays").ValueKind == JsonValueKind.Null
                            ? "masquée, comme le nombre"
                            : FigureText.Days(partner.GetProperty("oldestDays").GetInt32())
                    )
                ),
            waiting!.Skip(1).Select(cells => $"{cells[0]}|{cells[2]}|{cells[3]}")
        );
        Assert.Contains(waiting!, cells => cells[0] == ReferralData.Receiver);
    }

    [Fact]
    public async Task A_period_without_activity_says_so_and_bad_dates_are_named_beside_their_field()
    {
        await using var tab = await portal.NewSignedInPageAsync(
            DemoUsers.Coordinator,
            "/coordination?periode=dates&du=2003-01-01&au=2003-12-31"
        );
        var page = tab.Page;
        await Assertions
            .Expect(page.Locator(".figures-empty"))
            .ToContainTextAsync("Aucune activité du 1er janvier au 31 décembre 2003");
        Assert.Equal(0, await page.Locator("svg").CountAsync());
        await page.AssertNoAxeViolationsAsync("tableau de bord, vide");
        await page.ScreenshotAsync("coordination-tableau-de-bord-vide");

        await page.GotoAsync("/coordination?periode=dates&du=2091-02-30&au=2091-03-31");
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Indiquez une date complète");
        Assert.Equal("#du", await summary.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("#du-error")).ToContainTextAsync("Indiquez une date complète");
        Assert.StartsWith("Erreur : ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".key-figure").CountAsync());
        await page.AssertNoAxeViolationsAsync("tableau de bord, date illisible");

        await page.GotoAsync("/coordination?periode=dates&du=2091-03-31&au=2091-03-01");
        await Assertions
            .Expect(page.Locator("#au-error"))
            .ToContainTextAsync("Choisissez un dernier jour qui vient après le premier.");
        await page.AssertNoAxeViolationsAsync("tableau de bord, dates inversées");
        await page.ScreenshotAsync("coordination-tableau-de-bord-erreur");
    }

    [Fact]
    public async Task The_filters_and_the_sort_are_used_with_the_keyboard_alone_and_the_page_fits_320_px()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Coordinator, "/coordination");
        var page = tab.Page;

        await KeyboardOnly.TabUntilAsync(page, "periode-4");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.True(await page.Locator("#periode-3").IsCheckedAsync());
        await KeyboardOnly.TabUntilAsync(page, "commune");
        await page.Keyboard.TypeAsync("Grasse");
        Assert.Equal("Grasse", await page.Locator("#commune").InputValueAsync());
        await KeyboardOnly.TabUntilTextAsync(page, "Afficher les chiffres");
        await page.Keyboard.PressAsync("Enter");
        var year = FiguresPeriod.Read("cette-annee", null, null, French.Today(DateTimeOffset.UtcNow)).Period!;
        await Assertions
            .Expect(page.Locator(".figures-scope"))
            .ToHaveTextAsync($"Chiffres {year.Text}, commune : Grasse");
        Assert.Contains("periode=cette-annee", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/coordination");
        await KeyboardOnly.TabUntilTextAsync(page, "Inscriptions, trier du plus grand au plus petit");
        await KeyboardOnly.EnterAsync(page, new Regex(@"[?&]tri=inscriptions(&|#|$)"));
        var sorted = page.Locator("th[aria-sort]");
        await Assertions.Expect(sorted).ToHaveCountAsync(1);
        await Assertions.Expect(sorted).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(sorted).ToContainTextAsync("Inscriptions");
        var table = await ActivityData.TableAsync(page, "Activité des structures");
        var column = Array.FindIndex(table![0], header => header.StartsWith("Inscriptions", StringComparison.Ordinal));
        var values = table.Skip(1).Select(row => row[column]).ToList();
        var shown = values.TakeWhile(value => value != FigureText.Withheld).ToList();
        Assert.All(values.Skip(shown.Count), value => Assert.Equal(FigureText.Withheld, value));
        Assert.Equal(shown.OrderByDescending(Number), shown);

        await page.SetViewportSizeAsync(Visitor.Phone.Width, Visitor.Phone.Height);
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAxeViolationsAsync("tableau de bord, 320 px");
        await page.ScreenshotAsync("coordination-tableau-de-bord-320");
    }

    [Fact]
    public async Task A_structure_s_staff_find_neither_the_dashboard_nor_its_spreadsheet()
    {
        await using var tab = await portal.NewSignedInPageAsync(DemoUsers.Staff, "/espace");
        var page = tab.Page;

        var dashboard = await page.GotoAsync($"/coordination?{Month}");
        Assert.Equal(404, dashboard!.Status);
        Assert.Equal("Page introuvable", await page.Locator("h1").InnerTextAsync());
        var export = await page.APIRequest.GetAsync($"/coordination/export.csv?{Month}");
        Assert.Equal(404, export.Status);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord du réseau" }).CountAsync());
    }

    /// <summary>The page's rows are the API's, one each, the counts where the API gives them and "moins de 5"
    /// elsewhere.</summary>
    private static void AssertStructureRows(JsonElement rows, string[][] table)
    {
        (string Header, Func<JsonElement, JsonElement> Value)[] columns =
        [
            ("Ateliers publiés", row => ActivityData.At(row, "events.published")),
            ("Inscriptions", row => ActivityData.At(row, "events.registrations")),
            ("Présences", row => ActivityData.At(row, "events.attendance")),
            ("Orientations envoyées", row => row.GetProperty("referralsSent")),
            ("Orientations reçues", row => ActivityData.At(row, "referralsReceived.sent")),
            ("Orientations acceptées", row => ActivityData.At(row, "referralsReceived.accepted")),
            ("Matériel prêté", row => ActivityData.At(row, "equipment.lent")),
            ("Matériel emprunté", row => ActivityData.At(row, "equipment.borrowed")),
        ];
        var indexes = columns
            .Select(column =>
                Array.FindIndex(table[0], header => header.StartsWith(column.Header, StringComparison.Ordinal))
            )
            .ToList();
        var expected = rows.GetProperty("items")
            .EnumerateArray()
            .Select(row =>
                string.Join(
                    '|',
                    new[] { Name(row) }.Concat(columns.Select(column => ActivityData.Count(column.Value(row))))
                )
            )
            .Order(StringComparer.Ordinal);
        var shown = table
            .Skip(1)
            .Select(cells => string.Join('|', new[] { cells[0] }.Concat(indexes.Select(i => cells[i]))))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, shown);
    }

    private static string Name(JsonElement row) =>
        PartnerColumns.StatusNote(row.GetProperty("status").GetString()!) is { } note
            ? $"{row.GetProperty("name").GetString()} {note}"
            : row.GetProperty("name").GetString()!;

    private static JsonElement Row(JsonElement rows, Guid partner) =>
        rows.GetProperty("items").EnumerateArray().Single(row => row.GetProperty("partnerId").GetGuid() == partner);

    private static string Cell(string[][] table, string name, string header) =>
        table.Single(cells => cells[0] == name)[
            Array.FindIndex(table[0], cell => cell.StartsWith(header, StringComparison.Ordinal))
        ];

    private static int Number(string text) =>
        int.Parse(text.Replace("\u202F", "", StringComparison.Ordinal), French.Culture);
}
