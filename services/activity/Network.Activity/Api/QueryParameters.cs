using System.Globalization;
using Network.Activity.Queries;
using Network.ServiceDefaults.Problems;

namespace Network.Activity.Api;

/// <summary>Reads the query parameters of the activity routes, naming every bad one in French.</summary>
internal static class QueryParameters
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    /// <summary><c>from</c>, <c>to</c>, <c>commune</c> and <c>partnerId</c>. A date alone is a day in Paris: <c>to</c>
    /// then includes that day.</summary>
    public static ActivityFilter Filter(
        string? from,
        string? to,
        string? commune,
        string? partnerId,
        ValidationErrors errors
    )
    {
        var start = Instant(from, "from", endOfDay: false, errors);
        var end = Instant(to, "to", endOfDay: true, errors);
        if (start is { } s && end is { } e && s > e)
        {
            errors.Add("to", "La fin de la période (to) doit suivre son début (from).");
        }

        Guid? partner = null;
        if (!string.IsNullOrWhiteSpace(partnerId))
        {
            if (Guid.TryParse(partnerId, out var id))
            {
                partner = id;
            }
            else
            {
                errors.Add("partnerId", "partnerId doit être l'identifiant (GUID) d'un partenaire.");
            }
        }

        var place = string.IsNullOrWhiteSpace(commune) ? null : commune.Trim();
        errors.Require(
            place is null || place.Length <= 100,
            "commune",
            "Le nom de la commune compte au plus 100 caractères."
        );
        return new ActivityFilter(start, end, place, partner);
    }

    /// <summary>The period of a per-partner table: <c>from</c> and <c>to</c>, whole days only
    /// (<see cref="RequireWholeDays"/>).</summary>
    public static ActivityFilter Period(string? from, string? to, ValidationErrors errors)
    {
        var period = Filter(from, to, null, null, errors);
        RequireWholeDays(period, errors);
        return period;
    }

    /// <summary>
    /// Figures of a commune or a partner cover whole days in Paris: two periods a moment apart would otherwise give, by
    /// difference, the exact count of that moment. A date, or an instant at midnight in Paris, is a whole day.
    /// </summary>
    public static void RequireWholeDays(ActivityFilter filter, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(filter);
        foreach (var (name, instant) in new[] { ("from", filter.From), ("to", filter.To) })
        {
            errors.Require(
                instant is not { } value || ParisCalendar.Midnight(ParisCalendar.Day(value)) == value,
                name,
                $"{name} doit désigner un jour entier pour les chiffres d'une commune ou d'un partenaire : une date "
                    + "(AAAA-MM-JJ) ou minuit à Paris (2026-03-01T00:00:00+01:00)."
            );
        }
    }

    public static int? Integer(string? value, string name, int min, int max, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (
            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && number >= min
            && number <= max
        )
        {
            return number;
        }

        errors.Add(name, $"{name} doit être un nombre entier entre {min} et {max}.");
        return null;
    }

    private static DateTimeOffset? Instant(string? value, string name, bool endOfDay, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return InRange(day.Year, name, errors)
                ? ParisCalendar.Midnight(endOfDay ? day.AddDays(1) : day).ToUniversalTime()
                : null;
        }

        if (
            DateTimeOffset.TryParse(
                value,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var instant
            )
        )
        {
            return InRange(instant.Year, name, errors) ? instant.ToUniversalTime() : null;
        }

        errors.Add(name, $"{name} doit être une date (AAAA-MM-JJ) ou un instant ISO 8601 (2026-03-01T09:00:00+01:00).");
        return null;
    }

    /// <summary>Years the network can have activity in; beyond them a date is a typing mistake, not a period.</summary>
    private static bool InRange(int year, string name, ValidationErrors errors)
    {
        if (year is >= MinYear and <= MaxYear)
        {
            return true;
        }

        errors.Add(name, $"{name} doit tomber entre {MinYear} et {MaxYear}.");
        return false;
    }
}
