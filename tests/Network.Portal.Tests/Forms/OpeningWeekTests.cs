using Network.Portal.Forms;

namespace Network.Portal.Tests.Forms;

/// <summary>The profile's grid of opening hours, read from OpenStreetMap's syntax and written back to it.</summary>
public sealed class OpeningWeekTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:00")]
    [InlineData("Mo 14:00-18:00; Tu-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off")]
    [InlineData("Mo-Tu 14:00-19:00; We 09:00-12:00,14:00-19:00; Th-Fr 14:00-19:00; Sa 09:00-12:00")]
    [InlineData("PH off")]
    public void Hours_the_grid_reads_are_written_back_as_they_were(string openingHours)
    {
        var (fields, closedOnHolidays) = OpeningWeek.Read(openingHours)!.Value;
        var (written, errors) = OpeningWeek.Write(fields, closedOnHolidays);

        Assert.Equal(openingHours, written);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_later_rule_overrides_the_days_it_names_and_a_range_may_run_over_the_weekend()
    {
        var (fields, _) = OpeningWeek.Read("Mo-Fr 09:00-17:00; We off; Sa-Mo 10:00-12:00")!.Value;

        Assert.Equal(
            "Mo 10:00-12:00; Tu 09:00-17:00; Th-Fr 09:00-17:00; Sa-Su 10:00-12:00",
            OpeningWeek.Write(fields, false).Value
        );
        Assert.Equal(("10:00", "12:00", ""), (fields["Su-0"], fields["Su-1"], fields["Su-2"]));
    }

    [Fact]
    public void Hours_are_read_as_staff_write_them()
    {
        var fields = new Dictionary<string, string>
        {
            ["Tu-0"] = "9 h",
            ["Tu-1"] = "12h30",
            ["Tu-2"] = "14:00",
            ["Tu-3"] = " 18 H ",
        };

        Assert.Equal("Tu 09:00-12:30,14:00-18:00", OpeningWeek.Write(fields, false).Value);
    }

    [Theory]
    [InlineData("24/7")]
    [InlineData("Mo 08:00-10:00,11:00-12:00,14:00-18:00")]
    [InlineData("Mo-Fr 09:00-24:00")]
    [InlineData("PH 10:00-12:00")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    public void Hours_beyond_the_grid_are_not_read(string openingHours) => Assert.Null(OpeningWeek.Read(openingHours));

    [Fact]
    public void Empty_days_are_closed_and_no_day_at_all_is_no_hours()
    {
        Assert.Null(OpeningWeek.Write(null, false).Value);
        Assert.Equal(
            "Sa 09:30-12:00; PH off",
            OpeningWeek.Write(new Dictionary<string, string> { ["Sa-0"] = "09:30", ["Sa-1"] = "12:00" }, true).Value
        );
    }

    [Theory]
    [InlineData("09:00", "", "", "", "Le lundi, indiquez l'heure d'ouverture et l'heure de fermeture.")]
    [InlineData("12:00", "09:00", "", "", "Le lundi, l'heure de fermeture vient après l'heure d'ouverture.")]
    [InlineData("09:00", "12:00", "11:00", "18:00", "Le lundi, la réouverture vient après la première fermeture.")]
    [InlineData("neuf h", "12:00", "", "", "Le lundi, écrivez les heures ainsi : 9:00, 9 h ou 14 h 30.")]
    [InlineData("9:00", "24:00", "", "", "Le lundi, écrivez les heures ainsi : 9:00, 9 h ou 14 h 30.")]
    public void A_day_s_mistake_is_named_once_after_the_day(
        string opens,
        string closes,
        string reopens,
        string closesAgain,
        string message
    )
    {
        var fields = new Dictionary<string, string>
        {
            ["Mo-0"] = opens,
            ["Mo-1"] = closes,
            ["Mo-2"] = reopens,
            ["Mo-3"] = closesAgain,
        };

        Assert.Equal([("openingHours.Mo", message)], OpeningWeek.Write(fields, false).Errors);
    }
}
