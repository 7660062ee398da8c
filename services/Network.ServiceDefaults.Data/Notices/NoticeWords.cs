using System.Globalization;

namespace Network.ServiceDefaults.Notices;

/// <summary>The words every service's notices share: dates in full, in French, at the network's local time.</summary>
public static class NoticeWords
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>"le mardi 1 décembre 2026".</summary>
    public static string Day(DateTimeOffset instant) =>
        "le " + TimeZoneInfo.ConvertTime(instant, Paris).ToString("dddd d MMMM yyyy", French);

    /// <summary>"le mardi 1 décembre 2026 à 14 h 00".</summary>
    public static string DayAndTime(DateTimeOffset instant) =>
        $"{Day(instant)} à {TimeZoneInfo.ConvertTime(instant, Paris):HH' h 'mm}";

    /// <summary>A structure as its messages name it: "Centre social Les Moulins (Nice)".</summary>
    public static string Structure(string name, string commune) =>
        string.IsNullOrWhiteSpace(commune) ? name : $"{name} ({commune})";
}
