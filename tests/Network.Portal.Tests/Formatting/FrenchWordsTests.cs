using Network.Portal.Api;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Formatting;

/// <summary>Times, hours and states written as a person says them.</summary>
public sealed class FrenchWordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_workshop_reads_as_its_day_and_hours_in_its_own_time_zone()
    {
        // 13:00 UTC is 14 h in Paris in winter.
        var text = WorkshopTime.Of(
            new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 8, 15, 30, 0, TimeSpan.Zero),
            "Europe/Paris",
            Now
        );

        Assert.Equal("mardi 8 décembre, 14 h – 16 h 30", text);
    }

    [Fact]
    public void Today_and_tomorrow_are_said_as_such_and_another_year_is_named()
    {
        Assert.StartsWith(
            "aujourd'hui, ",
            WorkshopTime.Of(Now.AddHours(2), Now.AddHours(3), "Europe/Paris", Now),
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "demain, ",
            WorkshopTime.Of(Now.AddDays(1), Now.AddDays(1).AddHours(1), "Europe/Paris", Now),
            StringComparison.Ordinal
        );
        Assert.Equal(
            "mardi 5 janvier 2027, 10 h – 11 h",
            WorkshopTime.Of(
                new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.Zero),
                "Europe/Paris",
                Now
            )
        );
    }

    [Fact]
    public void An_event_elsewhere_keeps_the_hours_of_its_place()
    {
        // 14:00 UTC is 10 h in Martinique.
        var text = WorkshopTime.Of(
            new DateTimeOffset(2026, 12, 9, 14, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 9, 16, 0, 0, TimeSpan.Zero),
            "America/Martinique",
            Now
        );

        Assert.Equal("mercredi 9 décembre, 10 h – 12 h", text);
    }

    [Theory]
    [InlineData(0, "aujourd'hui")]
    [InlineData(1, "hier")]
    [InlineData(12, "il y a 12 jours")]
    public void An_age_is_said_in_days(int days, string expected) =>
        Assert.Equal(expected, French.Ago(Now.AddDays(-days), Now));

    [Fact]
    public void The_week_ahead_runs_from_midnight_in_Paris_to_the_seventh_day()
    {
        var week = WeekAhead.From(Now);

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.FromHours(1)), week.Today);
        Assert.Equal(new DateTimeOffset(2026, 12, 13, 0, 0, 0, TimeSpan.FromHours(1)), week.End);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(1)), week.Tomorrow);
        Assert.Equal("d'ici au samedi 12 décembre", week.Until);
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:00", "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h")]
    [InlineData("Sa 09:30-12:00", "Le samedi, de 9 h 30 à 12 h")]
    [InlineData("Mo,We 14:00-17:00", "Le lundi et le mercredi, de 14 h à 17 h")]
    [InlineData("PH off", "Fermé les jours fériés")]
    [InlineData("Su off", "Fermé le dimanche")]
    public void Opening_hours_are_put_in_words(string openingHours, string expected) =>
        Assert.Equal([expected], OpeningHoursText.Of(openingHours));

    [Fact]
    public void Opening_hours_make_a_table_of_days_and_hours() =>
        Assert.Equal(
            [("Du lundi au vendredi", "De 9 h à 12 h et de 14 h à 18 h"), ("Les jours fériés", "Fermé")],
            OpeningHoursText.Rows("Mo-Fr 09:00-12:00,14:00-18:00; PH off")
        );

    [Fact]
    public void Opening_hours_beyond_the_usual_rules_are_shown_as_written()
    {
        Assert.Equal(
            ["Mo-Fr 09:00-12:00 \"sur rendez-vous\""],
            OpeningHoursText.Of("Mo-Fr 09:00-12:00 \"sur rendez-vous\"")
        );
        Assert.Null(OpeningHoursText.Rows("Mo-Fr 09:00-12:00 \"sur rendez-vous\""));
    }

    [Theory]
    [InlineData(25, 22, "Il reste 3 places", true, false)]
    [InlineData(25, 24, "Plus que 1 place", true, false)]
    [InlineData(25, 25, "Complet — liste d'attente possible", true, true)]
    [InlineData(25, 2, "Il reste 23 places", true, false)]
    public void A_workshop_says_how_many_places_are_left(
        int capacity,
        int taken,
        string expected,
        bool canRegister,
        bool waitlist
    )
    {
        var state = WorkshopState.Of(
            Workshop() with
            {
                Capacity = capacity,
                SeatsTaken = taken,
                SeatsLeft = capacity - taken,
            },
            Now
        );

        Assert.Equal((expected, canRegister, waitlist), (state.Text, state.CanRegister, state.Waitlist));
    }

    [Fact]
    public void Cancelled_free_entry_and_past_workshops_take_no_registration()
    {
        Assert.Equal(
            "Annulé : intervenant malade",
            WorkshopState
                .Of(Workshop() with { Status = "cancelled", CancellationReason = "intervenant malade" }, Now)
                .Text
        );
        Assert.Equal(
            "Entrée libre, sans inscription",
            WorkshopState.Of(Workshop() with { RegistrationRequired = false }, Now).Text
        );
        Assert.False(
            WorkshopState
                .Of(Workshop() with { StartsAt = Now.AddDays(-2), EndsAt = Now.AddDays(-2).AddHours(1) }, Now)
                .CanRegister
        );
    }

    [Fact]
    public void Rates_and_ranks_are_written_the_French_way()
    {
        Assert.Equal("62\u202F%", French.Percent(0.6234));
        Assert.Equal("1ʳᵉ", French.Ordinal(1));
        Assert.Equal("2ᵉ", French.Ordinal(2));
        Assert.Equal("2,5 km", French.Distance(2.5));
        Assert.Equal("04 93 00 11 00", French.Phone("+33493001100"));
        Assert.Equal("+41 22 000 00 00", French.Phone("+41 22 000 00 00"));
    }

    [Fact]
    public void Counts_group_thousands_and_a_withheld_one_reads_less_than_5()
    {
        Assert.Equal("1\u202F230", French.Number(1230));
        Assert.Equal("12\u202F345\u202F678", French.Number(12345678));
        Assert.Equal("7", French.Number(7));
        Assert.Equal("0", French.Figure(0));
        Assert.Equal("1\u202F230", French.Figure(1230));
        Assert.Equal("moins de 5", French.Figure(null));
    }

    internal static Workshop Workshop() =>
        new(
            Guid.NewGuid(),
            Guid.NewGuid(),
            [],
            "Café IA",
            "Un débat.",
            "cafe-ia",
            [],
            Now.AddDays(3),
            Now.AddDays(3).AddHours(2),
            "Europe/Paris",
            new WorkshopLocation("Médiathèque", "1 rue de la Paix", "06000", "Nice", null, null, false, null),
            20,
            true,
            "published",
            0,
            20,
            0,
            null
        );
}
