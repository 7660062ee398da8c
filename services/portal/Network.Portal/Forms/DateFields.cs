using System.Globalization;
using Network.Portal.Formatting;

namespace Network.Portal.Forms;

/// <summary>The browser's date and time fields (<c>2026-12-08</c>, <c>09:00</c>), read and written in Paris time, where
/// the network works.</summary>
public static class DateFields
{
    public static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(
            value?.Trim(),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var day
        )
            ? day
            : null;

    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    /// <summary>The instant a date field and a time field name together; null when either is empty or not
    /// one.</summary>
    public static DateTimeOffset? Instant(string? day, string? time) =>
        Day(day) is { } date && Time(time) is { } hour ? LoanTime.At(date, hour) : null;

    public static string Value(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Value(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
