using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>When a workshop happens, in words and in its own time zone: "mardi 9 décembre, 14 h – 16 h".</summary>
public static class WorkshopTime
{
    public static string Of(Workshop workshop, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return Of(workshop.StartsAt, workshop.EndsAt, workshop.TimeZone, now);
    }

    public static string Of(DateTimeOffset startsAt, DateTimeOffset endsAt, string? timeZone, DateTimeOffset now) =>
        Words(
            startsAt,
            endsAt,
            timeZone,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, French.Zone(timeZone)).DateTime)
        );

    /// <summary>For paper, read another day: the date in full, with its year ("dimanche 6 décembre 2026, 9 h – 10
    /// h").</summary>
    public static string OnPaper(Workshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return Words(workshop.StartsAt, workshop.EndsAt, workshop.TimeZone, DateOnly.MinValue);
    }

    private static string Words(DateTimeOffset startsAt, DateTimeOffset endsAt, string? timeZone, DateOnly today)
    {
        var zone = French.Zone(timeZone);
        var start = TimeZoneInfo.ConvertTime(startsAt, zone);
        var end = TimeZoneInfo.ConvertTime(endsAt, zone);
        var startDay = DateOnly.FromDateTime(start.DateTime);
        var endDay = DateOnly.FromDateTime(end.DateTime);
        var from = French.Hour(TimeOnly.FromDateTime(start.DateTime));
        var to = French.Hour(TimeOnly.FromDateTime(end.DateTime));
        return startDay == endDay
            ? $"{French.Day(startDay, today)}, {from} – {to}"
            : $"du {French.Day(startDay, today)}, {from}, au {French.Day(endDay, today)}, {to}";
    }

    /// <summary>The start as a machine reads it, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture);
}
