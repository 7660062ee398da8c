using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Network.Portal.Formatting;
using Network.Portal.Tests.Workspace;

namespace Network.Portal.Tests.Figures;

/// <summary>
/// What the figures' tests prepare through the API (workshops on days no other test uses, registrations), and how they
/// read the activity service once its projection has caught up, and a page of figures at the same moment.
/// </summary>
internal static class ActivityData
{
    /// <summary>The series the pages draw, as the API names them.</summary>
    public static readonly string[] Metrics = ["events-published", "registrations", "referrals-sent", "loans"];

    /// <summary>The overview's counts by the name of their key figure.</summary>
    public static readonly (string Label, string Path)[] Counts =
    [
        ("Ateliers publiés", "events.published"),
        ("Ateliers annulés", "events.cancelled"),
        ("Inscriptions", "events.registrations"),
        ("Présences", "events.attendance"),
        ("Absences aux ateliers", "events.noShows"),
        ("Orientations envoyées", "referrals.sent"),
        ("Acceptées", "referrals.accepted"),
        ("Refusées", "referrals.declined"),
        ("Terminées", "referrals.completed"),
        ("Personne absente", "referrals.noShows"),
        ("Expirées", "referrals.expired"),
        ("Annulées", "referrals.cancelled"),
        ("En attente de réponse", "referrals.open"),
        ("Prêts", "equipment.loans"),
        ("Jours de prêt", "equipment.loanDays"),
        ("Prêts en retard", "equipment.overdue"),
    ];

    /// <summary>The overview's rates by the name of their key figure, with the group that says whether they are
    /// withheld.</summary>
    public static readonly (string Label, string Path, string Group)[] Rates =
    [
        ("Taux de remplissage", "events.fillRate", "events"),
        ("Taux d'absence", "events.noShowRate", "events"),
        ("Taux d'acceptation", "referrals.acceptanceRate", "referrals"),
    ];

    private static readonly string[] FirstNames = ["Aline", "Bruno", "Chloé", "Driss", "Elsa", "Fatou", "Gaston"];

    private const string ReadTable = """
        caption => {
          const text = node => node.textContent.replace(/[ \t\r\n]+/g, ' ').trim();
          const table = [...document.querySelectorAll('table')]
            .find(t => t.caption && text(t.caption).startsWith(caption));
          return table ? [...table.rows].map(row => [...row.cells].map(text)) : null;
        }
        """;

    private const string ReadKeyFigures = """
        () => [...document.querySelectorAll('.key-figure')].map(figure =>
          [figure.querySelector('dt'), figure.querySelector('.figure-value')]
            .map(node => node.textContent.replace(/[ \t\r\n]+/g, ' ').trim()))
        """;

    /// <summary>Every chart of the page: an SVG image named by its title and described by its desc, each followed by
    /// a table; their names, their descriptions and the tables' captions.</summary>
    private const string ReadCharts = """
        () => [...document.querySelectorAll('main svg')].map(svg => {
          const [title, desc] = (svg.getAttribute('aria-labelledby') || '').split(' ')
            .map(id => svg.querySelector('#' + CSS.escape(id)));
          const table = [...document.querySelectorAll('main table')]
            .find(t => svg.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
          return [svg.getAttribute('role'), title && title.tagName, title && title.textContent,
            desc && desc.tagName, desc && desc.textContent, table && table.caption.textContent.trim()];
        })
        """;

    /// <summary>A published workshop of the user's structure at 14 h on a day in Paris, and registrations its staff
    /// made for residents.</summary>
    public static async Task WorkshopAsync(
        PortalFixture portal,
        string user,
        DateOnly day,
        int registrations,
        object? location = null
    )
    {
        using var api = await PlatformApi.AsAsync(portal, user);
        var start = day.ToDateTime(new TimeOnly(14, 0));
        var startsAt = new DateTimeOffset(start, OrganisedWorkshops.Paris.GetUtcOffset(start));
        var id = await OrganisedWorkshops.CreateAsync(
            api,
            "Atelier compté dans les chiffres",
            startsAt,
            location: location
        );
        foreach (var firstName in FirstNames.Take(registrations))
        {
            await OrganisedWorkshops.RegisterAsync(api, id, firstName);
        }
    }

    /// <summary>The API's answer once the activity projection has caught up: <paramref name="caughtUp"/> holds and
    /// two reads in a row agree.</summary>
    public static async Task<JsonElement> SettledAsync(PlatformApi api, string path, Func<JsonElement, bool> caughtUp)
    {
        string? last = null;
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var answer = await api.GetAsync(path);
            if (caughtUp(answer) && answer.GetRawText() == last)
            {
                return answer;
            }

            last = answer.GetRawText();
            await Task.Delay(200);
        }

        Assert.Fail($"GET {path} never caught up; it last said {last}");
        return default;
    }

    /// <summary>The page, reloaded, and the API read at the same moment: the API before and after the page, again
    /// until those two reads agree.</summary>
    public static async Task<(JsonElement Api, T Page)> TogetherAsync<T>(
        PlatformApi api,
        string path,
        IPage page,
        Func<IPage, Task<T>> read
    )
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(read);
        for (var attempt = 0; ; attempt++)
        {
            var before = await api.GetAsync(path);
            await page.ReloadAsync();
            var shown = await read(page);
            var after = await api.GetAsync(path);
            if (before.GetRawText() == after.GetRawText() || attempt == 5)
            {
                return (after, shown);
            }
        }
    }

    public static async Task<Dictionary<string, string>> KeyFiguresAsync(IPage page) =>
        (await page.EvaluateAsync<string[][]>(ReadKeyFigures)).ToDictionary(pair => pair[0], pair => pair[1]);

    /// <summary>The rows of the table whose caption starts with <paramref name="caption"/>, its header first, each
    /// cell's text; null when there is none.</summary>
    public static Task<string[][]?> TableAsync(IPage page, string caption) =>
        page.EvaluateAsync<string[][]?>(ReadTable, caption);

    public static Task<string?[][]> ChartsAsync(IPage page) => page.EvaluateAsync<string?[][]>(ReadCharts);

    /// <summary>Each key figure of the overview as the page must show it: the number, or "moins de 5" where the API
    /// withholds it.</summary>
    public static void AssertKeyFigures(JsonElement overview, IReadOnlyDictionary<string, string> shown)
    {
        foreach (var (label, path) in Counts)
        {
            Assert.True(shown.TryGetValue(label, out var text), $"no key figure « {label} »");
            Assert.Equal(Count(At(overview, path)), text);
        }

        foreach (var (label, path, group) in Rates)
        {
            var rate = At(overview, path);
            var text = shown[label];
            if (rate.ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(French.Percent(rate.GetDouble()), text);
            }
            else
            {
                Assert.StartsWith(
                    At(overview, group).GetProperty("suppressed").GetBoolean() ? "non affiché" : "sans objet",
                    text,
                    StringComparison.Ordinal
                );
            }
        }
    }

    /// <summary>Each chart's table holds the numbers of the API's series, bucket by bucket.</summary>
    public static async Task AssertChartsAsync(IPage page, JsonElement timeseries, bool ownStructure = false)
    {
        var per = SeriesWords.Per(timeseries.GetProperty("granularity").GetString()!);
        foreach (var series in timeseries.GetProperty("series").EnumerateArray())
        {
            var title = $"{SeriesWords.Label(series.GetProperty("metric").GetString()!, ownStructure)} {per}";
            var table = await TableAsync(page, $"{title} : les chiffres du graphique");
            Assert.True(table is not null, $"no table for the chart « {title} »");
            Assert.Equal(
                series.GetProperty("points").EnumerateArray().Select(point => Count(point.GetProperty("value"))),
                table!.Skip(1).Select(row => row[1])
            );
        }

        var charts = await ChartsAsync(page);
        Assert.Equal(timeseries.GetProperty("series").GetArrayLength(), charts.Length);
        Assert.All(charts, chart =>
        {
            Assert.Equal("img", chart[0]);
            Assert.Equal("title", chart[1]);
            Assert.Equal("desc", chart[3]);
            Assert.False(string.IsNullOrWhiteSpace(chart[4]));
            Assert.Equal($"{chart[2]} : les chiffres du graphique", chart[5]);
        });
    }

    /// <summary>A count of the API as the page writes it: "moins de 5" when withheld.</summary>
    public static string Count(JsonElement value) =>
        FigureText.Count(value.ValueKind == JsonValueKind.Null ? null : value.GetInt32());

    public static JsonElement At(JsonElement json, string path) =>
        path.Split('.').Aggregate(json, (node, name) => node.GetProperty(name));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string WeeklySeries =>
        "granularity=week&" + string.Join('&', Metrics.Select(metric => $"metric={metric}"));
}
