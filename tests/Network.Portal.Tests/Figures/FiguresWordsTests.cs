using Network.Portal.Api;
using Network.Portal.Formatting;
using Network.Portal.Forms;

namespace Network.Portal.Tests.Figures;

/// <summary>The figures' periods, values and series as the pages write them.</summary>
public sealed class FiguresWordsTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    [Theory]
    [InlineData("ce-mois-ci", "2026-05-01", "2026-05-31")]
    [InlineData("ce-trimestre", "2026-04-01", "2026-06-30")]
    [InlineData("cette-annee", "2026-01-01", "2026-12-31")]
    [InlineData("12-derniers-mois", "2025-06-01", "2026-05-31")]
    [InlineData(null, "2025-06-01", "2026-05-31")]
    public void A_chosen_period_is_whole_days_in_Paris(string? choice, string from, string to)
    {
        var (period, errors) = FiguresPeriod.Read(choice, null, null, Today);

        Assert.Empty(errors);
        Assert.Equal(new FiguresPeriod(DateFields.Day(from)!.Value, DateFields.Day(to)!.Value), period);
    }

    [Fact]
    public void Two_dates_make_a_period_even_without_the_choice_and_name_it_in_words()
    {
        var (period, _) = FiguresPeriod.Read(null, "2026-03-01", "2026-03-31", Today);

        Assert.Equal("du 1er au 31 mars 2026", period!.Text);
        Assert.Equal("week", period.Granularity);
        Assert.Equal("activite-du-reseau-2026-03-01-au-2026-03-31.csv", period.FileName);
        Assert.Equal(
            "du 1er décembre 2025 au 28 février 2026",
            new FiguresPeriod(new(2025, 12, 1), new(2026, 2, 28)).Text
        );
        Assert.Equal("du 2 janvier au 30 avril 2026", new FiguresPeriod(new(2026, 1, 2), new(2026, 4, 30)).Text);
        Assert.Equal("le 10 mars 2026", new FiguresPeriod(new(2026, 3, 10), new(2026, 3, 10)).Text);
        Assert.Equal("month", new FiguresPeriod(new(2026, 1, 1), new(2026, 6, 30)).Granularity);
    }

    [Theory]
    [InlineData("", "2026-03-31", "from", "Indiquez le premier jour de la période.")]
    [InlineData("2026-02-30", "2026-03-31", "from", "Indiquez une date complète")]
    [InlineData("2026-03-01", "demain", "to", "Indiquez une date complète")]
    [InlineData("2026-03-10", "2026-03-01", "to", "Choisissez un dernier jour qui vient après le premier.")]
    [InlineData("1999-12-31", "2026-03-01", "from", "Choisissez une date entre 2000 et 2100.")]
    [InlineData("2001-01-01", "2026-03-01", "to", "Choisissez une période de 20 ans au plus.")]
    public void Bad_dates_are_named_with_what_to_do(string du, string au, string field, string message)
    {
        var (period, errors) = FiguresPeriod.Read("dates", du, au, Today);

        Assert.Null(period);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_period_is_named()
    {
        var (period, errors) = FiguresPeriod.Read("hier", null, null, Today);

        Assert.Null(period);
        Assert.Equal("periode", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_withheld_count_reads_moins_de_5_and_a_missing_rate_says_why()
    {
        Assert.Equal("moins de 5", FigureText.Count(null));
        Assert.Equal("0", FigureText.Count(0));
        Assert.Equal("1\u202F234", FigureText.Count(1234));
        Assert.Equal("62\u202F%", FigureText.Rate(0.6249, false, "sans objet"));
        Assert.Equal("non affiché : trop peu de personnes", FigureText.Rate(null, true, "sans objet"));
        Assert.Equal("sans objet", FigureText.Rate(null, false, "sans objet"));
        Assert.Equal("36,5 heures", FigureText.Hours(36.52, false, ""));
        Assert.Equal("1,5 heure", FigureText.Hours(1.5, false, ""));
        Assert.Equal("1 jour", FigureText.Days(1));
    }

    [Fact]
    public void A_chart_is_described_by_its_highest_value_and_its_withheld_buckets()
    {
        var weeks = new[]
        {
            Point(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(1)), 4),
            Point(new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(1)), 12),
            Point(new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.FromHours(1)), null),
        };

        Assert.Equal(
            "Par semaine, du 1er au 31 mars 2026. Le plus haut : 12, semaine du 9 mars 2026. 1 semaine masquée "
                + "(moins de 5). Les chiffres sont dans le tableau qui suit.",
            SeriesWords.Describe(weeks, "week", "du 1er au 31 mars 2026")
        );
        Assert.Contains(
            "Toutes les valeurs sont masquées",
            SeriesWords.Describe([weeks[2], weeks[2]], "month", "en 2026"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "0 sur toute la période.",
            SeriesWords.Describe([Point(weeks[0].Start, 0)], "month", "en 2026"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_bucket_is_named_by_its_week_or_month_and_a_month_s_label_gives_the_year_at_the_start_and_in_january()
    {
        var march = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(1));
        var january = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal("semaine du 2 mars 2026", SeriesWords.Bucket(march.AddDays(1), "week"));
        Assert.Equal("mars 2026", SeriesWords.Bucket(march, "month"));
        Assert.Equal(("mars", "2026"), SeriesWords.Tick(march, "month", first: true));
        Assert.Equal(("mars", null), SeriesWords.Tick(march, "month", first: false));
        Assert.Equal(("janv.", "2027"), SeriesWords.Tick(january, "month", first: false));
        Assert.Equal(("1er janv.", null), SeriesWords.Tick(january, "week", first: false));
    }

    [Fact]
    public void The_structures_sort_by_a_figure_from_the_highest_with_the_withheld_ones_last_by_name()
    {
        PartnerActivity[] rows = [Row("Zèbre", 12), Row("Abeille", null), Row("Castor", 30), Row("Baleine", null)];

        var sorted = PartnerColumns.Sorted(rows, PartnerColumns.Of("inscriptions"));
        var byName = PartnerColumns.Sorted(rows, PartnerColumns.Of("inconnu"));

        Assert.Equal(["Castor", "Zèbre", "Abeille", "Baleine"], sorted.Select(row => row.Name));
        Assert.Equal(["Abeille", "Baleine", "Castor", "Zèbre"], byName.Select(row => row.Name));
        Assert.Equal("moins de 5", PartnerColumns.Of("inscriptions").Text(rows[1]));
    }

    private static SeriesPoint Point(DateTimeOffset start, int? value) => new(start, value, value is null);

    private static PartnerActivity Row(string name, int? registrations) =>
        new(
            Guid.NewGuid(),
            name,
            "Nice",
            "active",
            new EventFigures(1, 0, registrations, null, null, null, null, registrations is null),
            0,
            new ReferralFigures(0, 0, 0, 0, 0, 0, 0, 0, null, null, false),
            new PartnerLoans(0, 0)
        );
}
