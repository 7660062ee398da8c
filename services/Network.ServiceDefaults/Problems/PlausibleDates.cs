namespace Network.ServiceDefaults.Problems;

/// <summary>
/// The instants the network deals in: events, loans, referrals and their appointments fall between 2000 and 2100.
/// Anything outside is a typo or a probe, and refusing it keeps date arithmetic (a period's bounds, a duration) far
/// from the ends of the calendar.
/// </summary>
public static class PlausibleDates
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static readonly string Message = $"La date est comprise entre {FirstYear} et {LastYear}.";

    public static bool IsPlausible(DateTimeOffset? instant) =>
        instant is not { } value || value.UtcDateTime.Year is >= FirstYear and <= LastYear;

    public static bool IsPlausible(DateOnly? date) =>
        date is not { } value || value.Year is >= FirstYear and <= LastYear;

    /// <summary>Adds <see cref="Message"/> for <paramref name="field"/> when the instant is outside the plausible
    /// years.</summary>
    public static ValidationErrors RequirePlausible(this ValidationErrors errors, DateTimeOffset? instant, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Require(IsPlausible(instant), field, Message);
    }
}
