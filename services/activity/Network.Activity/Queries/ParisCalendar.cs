namespace Network.Activity.Queries;

/// <summary>Weeks (from Monday) and months as they are lived in Europe/Paris, daylight saving included.</summary>
public static class ParisCalendar
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The instant of local midnight in Paris at the start of <paramref name="day"/>.</summary>
    public static DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The day in Paris that <paramref name="instant"/> falls on.</summary>
    public static DateOnly Day(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The start of the bucket that holds <paramref name="instant"/>, with Paris's offset at that
    /// moment.</summary>
    public static DateTimeOffset BucketStart(DateTimeOffset instant, Granularity granularity)
    {
        var day = Day(instant);
        var start =
            granularity == Granularity.Month
                ? new DateOnly(day.Year, day.Month, 1)
                : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return Midnight(start);
    }

    public static DateTimeOffset NextBucket(DateTimeOffset bucketStart, Granularity granularity)
    {
        var day = Day(bucketStart);
        return Midnight(granularity == Granularity.Month ? day.AddMonths(1) : day.AddDays(7));
    }
}

/// <summary>The width of a time series' buckets.</summary>
public enum Granularity
{
    Week,
    Month,
}
