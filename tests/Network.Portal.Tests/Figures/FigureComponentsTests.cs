using Bunit;
using Network.Portal.Api;
using Network.Portal.Components.Figures;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Figures;

/// <summary>The figures' pieces, rendered without a browser: a chart named, described and followed by its table, and
/// the note beside every "moins de 5".</summary>
public sealed class FigureComponentsTests : BunitContext
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    [Fact]
    public void A_chart_is_an_image_named_and_described_by_its_own_title_and_desc_then_a_table_of_the_same_numbers()
    {
        SeriesPoint[] points =
        [
            new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Paris), 12, false),
            new(new DateTimeOffset(2026, 2, 1, 0, 0, 0, Paris), null, true),
            new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, Paris), 0, false),
        ];

        var chart = Render<BarChart>(parameters =>
            parameters
                .Add(p => p.Id, "graphique-inscriptions")
                .Add(p => p.Title, "Inscriptions par mois")
                .Add(p => p.ValueLabel, "Inscriptions")
                .Add(p => p.Points, points)
                .Add(p => p.Granularity, "month")
                .Add(p => p.Period, "du 1er janvier au 31 mars 2026")
        );

        var svg = chart.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        var names = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Inscriptions par mois", svg.QuerySelector($"title#{names[0]}")!.TextContent);
        Assert.Contains(
            "Le plus haut : 12, janvier 2026.",
            svg.QuerySelector($"desc#{names[1]}")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Single(svg.QuerySelectorAll("rect"));
        Assert.Equal("<5", svg.QuerySelector(".chart-withheld")!.TextContent);
        Assert.Equal("graphique-inscriptions", chart.Find("[role=region]").GetAttribute("aria-labelledby"));

        var table = chart.Find("svg ~ table, .scroll-region ~ .table-wrap table");
        Assert.Equal("Inscriptions par mois : les chiffres du graphique", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        Assert.Equal(
            ["Janvier 2026|12", "Février 2026|moins de 5", "Mars 2026|0"],
            table
                .QuerySelectorAll("tbody tr")
                .Select(row => string.Join('|', row.Children.Select(c => c.TextContent.Trim())))
        );
        Assert.Contains(
            "pour protéger les personnes comptées",
            chart.Find(".figure-note").TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Key_figures_give_each_value_with_its_definition_and_explain_moins_de_5_only_when_one_is_withheld()
    {
        FigureGroup[] withheld = [new("Ateliers", [new("Inscriptions", "moins de 5", "Les places réservées.", true)])];
        FigureGroup[] shown = [new("Ateliers", [new("Inscriptions", "12", "Les places réservées.")])];

        var first = Render<KeyFigures>(parameters => parameters.Add(p => p.Groups, withheld));
        var second = Render<KeyFigures>(parameters => parameters.Add(p => p.Groups, shown));

        Assert.Equal("Inscriptions", first.Find("dl dt").TextContent);
        Assert.Equal(["moins de 5", "Les places réservées."], first.FindAll("dl dd").Select(dd => dd.TextContent));
        Assert.Single(first.FindAll(".figure-note"));
        Assert.Empty(second.FindAll(".figure-note"));
    }
}
