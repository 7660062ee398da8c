using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Network.Portal.Tests.Pages;

/// <summary>
/// "Le réseau en chiffres": the API's network totals for this year so far and last year, each in words, a withheld
/// figure as "moins de 5" with the note that says why, no structure's or commune's name; axe with and without
/// JavaScript at 1280 and 320 px, and the printed page.
/// </summary>
[Collection(PortalFixture.Collection)]
public sealed class NetworkFiguresTests(PortalFixture portal)
{
    private const string Path = "/le-reseau-en-chiffres";

    /// <summary>Each figure of a year, by its name in the API, and a word its sentence on the page holds.</summary>
    private static readonly (string Field, string Word)[] Lines =
    [
        ("workshopsHeld", "atelier"),
        ("registrations", "réservée"),
        ("referralsSent", "orientée"),
        ("referralsAccepted", "acceptée"),
        ("loans", "prêt"),
    ];

    public static TheoryData<bool, int> Visitors =>
        new()
        {
            { true, 1280 },
            { false, 1280 },
            { true, 320 },
            { false, 320 },
        };

    [Fact]
    public async Task The_page_says_the_network_totals_the_API_gives_for_both_years()
    {
        using var api = new HttpClient { BaseAddress = portal.Gateway };
        var before = await FiguresAsync(api);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        var page = tab.Page;
        await page.GotoAsync(Path);
        var after = await FiguresAsync(api);

        // The page and the API are read a moment apart: the page shows one of the two readings.
        var shown = await ShownAsync(page);
        Assert.True(
            shown == Expected(before) || shown == Expected(after),
            $"The page shows {shown}; the API gave {Expected(before)}, then {Expected(after)}."
        );

        var year = TimeZoneInfo
            .ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"))
            .Year;
        Assert.Equal(year, after.GetProperty("thisYear").GetProperty("year").GetInt32());
        Assert.Equal(
            new[] { $"Depuis le 1er janvier {year}", $"En {year - 1}" },
            await page.Locator(".figures-period h2").AllInnerTextsAsync()
        );
    }

    [Fact]
    public async Task A_withheld_figure_reads_less_than_5_with_the_note_that_says_it_protects_the_people_counted()
    {
        using var api = new HttpClient { BaseAddress = portal.Gateway };
        var figures = await FiguresAsync(api);
        // The platform starts with no past: its demo workshops and the tests' are all to come, so last year's seats
        // are 0.
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("lastYear").GetProperty("registrations").ValueKind);
        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        var page = tab.Page;
        await page.GotoAsync(Path);

        var seats = Period(page, "annee-derniere").Locator("li").Nth(1);
        Assert.Equal("moins de 5", await seats.Locator(".figure").InnerTextAsync());
        Assert.Equal("moins de 5 places réservées", Words(await seats.InnerTextAsync()));
        var note = page.Locator($"#{await seats.GetAttributeAsync("aria-describedby")}");
        Assert.Contains("protège les personnes comptées", await note.InnerTextAsync(), StringComparison.Ordinal);
        foreach (var withheld in await page.Locator(".figure-list li[aria-describedby]").AllAsync())
        {
            Assert.Equal("moins de 5", await withheld.Locator(".figure").InnerTextAsync());
        }
    }

    [Fact]
    public async Task The_page_names_no_structure_and_no_commune_of_the_network()
    {
        using var api = new HttpClient { BaseAddress = portal.Gateway };
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var pageNumber = 1; ; pageNumber++)
        {
            var directory = await api.GetFromJsonAsync<JsonElement>($"/api/partners?pageSize=100&page={pageNumber}");
            foreach (var structure in directory.GetProperty("items").EnumerateArray())
            {
                names.Add(structure.GetProperty("name").GetString()!);
                names.Add(structure.GetProperty("address").GetProperty("commune").GetString()!);
            }

            if (pageNumber * 100 >= directory.GetProperty("total").GetInt32())
            {
                break;
            }
        }

        await using var tab = await portal.NewPageAsync(Visitor.WithoutJavaScript);
        await tab.Page.GotoAsync(Path);
        var text = await tab.Page.Locator("body").InnerTextAsync();

        Assert.Contains("Centre social Les Moulins", names);
        Assert.Contains("Grasse", names);
        Assert.DoesNotContain(names, name => text.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task The_page_passes_axe_and_reflows_with_and_without_JavaScript(bool javaScript, int width)
    {
        var name = $"le-reseau-en-chiffres-{width}px" + (javaScript ? "" : "-sans-javascript");
        await using var tab = await portal.NewPageAsync(
            (width == 320 ? Visitor.Phone : Visitor.Desktop) with
            {
                JavaScript = javaScript,
            }
        );
        var page = tab.Page;
        await page.GotoAsync(Path);

        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("Le réseau en chiffres – Réseau de l'inclusion numérique", await page.TitleAsync());
        Assert.Equal(2, await page.Locator(".figures-period").CountAsync());
        Assert.Equal(
            javaScript,
            await page.GetByRole(AriaRole.Button, new() { Name = "Imprimer cette page" }).IsVisibleAsync()
        );
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAxeViolationsAsync(name);
        await page.ScreenshotAsync(name);
    }

    [Fact]
    public async Task The_printed_page_keeps_the_figures_and_the_address_and_drops_the_navigation()
    {
        await using var tab = await portal.NewPageAsync();
        var page = tab.Page;
        await page.GotoAsync(Path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".site-footer").IsVisibleAsync());
        Assert.Contains(Path, await page.Locator(".print-heading").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator(".figures-period:visible").CountAsync());
        await page.ScreenshotAsync("le-reseau-en-chiffres-impression");
    }

    private static async Task<JsonElement> FiguresAsync(HttpClient api) =>
        await api.GetFromJsonAsync<JsonElement>("/api/activity/public");

    private static ILocator Period(IPage page, string id) => page.Locator($"section[aria-labelledby='{id}']");

    /// <summary>The structures, then each year's figures as the page shows them: a number or "moins de 5", and whether
    /// its sentence holds the figure's word.</summary>
    private static async Task<string> ShownAsync(IPage page)
    {
        var structures = page.Locator("main p", new() { HasTextString = "partie du réseau" }).Locator("strong");
        var shown = new List<string> { Words(await structures.InnerTextAsync()).Replace(" ", "") };
        foreach (var id in new[] { "cette-annee", "annee-derniere" })
        {
            var lines = await Period(page, id).Locator("li").AllAsync();
            Assert.Equal(Lines.Length, lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var figure = Words(await lines[i].Locator(".figure").InnerTextAsync()).Replace(" ", "");
                var sentence = await lines[i].InnerTextAsync();
                shown.Add($"{figure}:{sentence.Contains(Lines[i].Word, StringComparison.Ordinal)}");
            }
        }

        return string.Join(", ", shown);
    }

    /// <summary>What the page must show for one reading of the API, in <see cref="ShownAsync"/>'s shape.</summary>
    private static string Expected(JsonElement figures)
    {
        var expected = new List<string> { figures.GetProperty("activeStructures").GetRawText() };
        foreach (var period in new[] { "thisYear", "lastYear" })
        {
            foreach (var (field, _) in Lines)
            {
                var value = figures.GetProperty(period).GetProperty(field);
                expected.Add($"{(value.ValueKind == JsonValueKind.Null ? "moinsde5" : value.GetRawText())}:True");
            }
        }

        return string.Join(", ", expected);
    }

    /// <summary>The text with its runs of spaces, no-break ones included, as single spaces.</summary>
    private static string Words(string text) =>
        string.Join(' ', text.Split([' ', '\u00A0', '\u202F', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
