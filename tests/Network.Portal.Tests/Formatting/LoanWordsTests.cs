using Network.Portal.Api;
using Network.Portal.Formatting;
using Network.Portal.Forms;

namespace Network.Portal.Tests.Formatting;

/// <summary>A loan's days and hours, and its state, as staff say them, in Paris time.</summary>
public sealed class LoanWordsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_taken_window_reads_as_its_days_with_the_month_said_once()
    {
        var from = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 12, 9, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("du lundi 7 au mercredi 9 décembre", LoanTime.Days(from, to, Now));
        Assert.Equal("du lundi 7 décembre, 9 h, au mercredi 9 décembre, 18 h", LoanTime.Of(from, to, Now));
    }

    [Fact]
    public void A_window_ending_at_midnight_ends_the_day_before_and_another_year_is_named()
    {
        var from = LoanTime.At(new DateOnly(2026, 12, 30), new TimeOnly(9, 0));
        var to = LoanTime.At(new DateOnly(2027, 1, 3), TimeOnly.MinValue);

        Assert.Equal("du mercredi 30 décembre 2026 au samedi 2 janvier 2027", LoanTime.Days(from, to, Now));
        Assert.Equal(
            "le lundi 7 décembre",
            LoanTime.Days(LoanTime.At(new(2026, 12, 7), new(9, 0)), LoanTime.At(new(2026, 12, 7), new(18, 0)), Now)
        );
        Assert.Equal(
            "du lundi 30 novembre au mardi 1er décembre",
            LoanTime.Days(LoanTime.At(new(2026, 11, 30), new(9, 0)), LoanTime.At(new(2026, 12, 1), new(18, 0)), Now)
        );
    }

    [Fact]
    public void The_browser_date_and_time_fields_name_an_instant_in_Paris()
    {
        Assert.Equal(
            new DateTimeOffset(2026, 7, 14, 7, 30, 0, TimeSpan.Zero),
            DateFields.Instant("2026-07-14", "09:30")
        );
        Assert.Null(DateFields.Instant("14/07/2026", "09:30"));
        Assert.Null(DateFields.Instant("2026-07-14", null));
        Assert.Equal("demain à 9 h", French.DayAndHour(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), Now));
    }

    [Fact]
    public void A_request_reads_differently_for_the_structure_that_lends_and_the_one_that_borrows()
    {
        Assert.Equal("Demande à accepter ou refuser", LoanState.Of("requested", asOwner: true).Text);
        Assert.Equal("Demande en attente de réponse", LoanState.Of("requested", asOwner: false).Text);
        Assert.Equal(BadgeTone.Cancelled, LoanState.Of("overdue", asOwner: false).Tone);
        Assert.True(LoanSteps.Offers("overdue", "return"));
        Assert.False(LoanSteps.Offers("overdue", "extend"));
    }

    [Fact]
    public void Two_loans_collide_when_the_hours_kept_free_between_them_overlap()
    {
        var held = new LoanWindow(Now.AddDays(1), Now.AddDays(3));

        Assert.True(new LoanWindow(Now.AddDays(2), Now.AddDays(4)).Collides(held, bufferHours: 0));
        Assert.False(new LoanWindow(Now.AddDays(3), Now.AddDays(4)).Collides(held, bufferHours: 0));
        Assert.True(new LoanWindow(Now.AddDays(3).AddHours(23), Now.AddDays(5)).Collides(held, bufferHours: 24));
        Assert.False(new LoanWindow(Now.AddDays(4), Now.AddDays(5)).Collides(held, bufferHours: 24));
    }
}
