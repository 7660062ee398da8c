using Network.Events.Domain;

namespace Network.Events.Tests;

/// <summary>Occurrences keep their local time in Paris across the changes of offset; limits hold.</summary>
public sealed class RecurrenceTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public void A_daily_series_on_school_days_stays_at_17_00_in_Paris_across_the_change_to_summer_time()
    {
        // Friday 26 March 2027, 17:00 in Paris (UTC+1); summer time starts on Sunday 28 March.
        var first = new DateTimeOffset(2027, 3, 26, 16, 0, 0, TimeSpan.Zero);
        var schoolDays = new HashSet<DayOfWeek>
        {
            DayOfWeek.Monday,
            DayOfWeek.Tuesday,
            DayOfWeek.Thursday,
            DayOfWeek.Friday,
        };
        var recurrence = new Recurrence(RecurrenceFrequency.Daily, schoolDays, 1, Until: null, Count: 4);

        var occurrences = recurrence.Occurrences(first, first.AddHours(2), Paris);

        Assert.Equal(
            [
                new DateTimeOffset(2027, 3, 26, 16, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 3, 29, 15, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 3, 30, 15, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 4, 1, 15, 0, 0, TimeSpan.Zero),
            ],
            occurrences.Select(o => o.StartsAt)
        );
        Assert.All(occurrences, o => Assert.Equal(TimeSpan.FromHours(2), o.EndsAt - o.StartsAt));
        Assert.All(occurrences, o => Assert.Equal(17, TimeZoneInfo.ConvertTime(o.StartsAt, Paris).Hour));
    }

    [Fact]
    public void A_fortnightly_series_until_a_date_counts_weeks_from_monday()
    {
        // Wednesday 6 January 2027, 14:00 in Paris; every other week on Wednesday and Saturday, until 31 January.
        var first = new DateTimeOffset(2027, 1, 6, 13, 0, 0, TimeSpan.Zero);
        var recurrence = new Recurrence(
            RecurrenceFrequency.Weekly,
            new HashSet<DayOfWeek> { DayOfWeek.Wednesday, DayOfWeek.Saturday },
            2,
            new DateOnly(2027, 1, 31),
            null
        );

        var days = recurrence
            .Occurrences(first, first.AddHours(1), Paris)
            .Select(o => DateOnly.FromDateTime(o.StartsAt.UtcDateTime));

        Assert.Equal(
            [new DateOnly(2027, 1, 6), new DateOnly(2027, 1, 9), new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 23)],
            days
        );
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_summer_time_moves_forward_and_a_series_never_exceeds_its_count()
    {
        // 02:30 does not exist in Paris on 28 March 2027.
        var first = new DateTimeOffset(2027, 3, 27, 1, 30, 0, TimeSpan.Zero);
        var recurrence = new Recurrence(
            RecurrenceFrequency.Daily,
            Enum.GetValues<DayOfWeek>().ToHashSet(),
            1,
            null,
            Count: 3
        );

        var occurrences = recurrence.Occurrences(first, first.AddHours(1), Paris);

        Assert.Equal(3, occurrences.Count);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), occurrences[1].StartsAt);
    }
}
