namespace Network.Portal.Formatting;

/// <summary>Today and the six days after it, in Paris: what Mon espace looks at.</summary>
public sealed record WeekAhead(DateTimeOffset Now, DateTimeOffset Today, DateTimeOffset Tomorrow, DateTimeOffset End)
{
    public const int Days = 7;

    public static WeekAhead From(DateTimeOffset now)
    {
        var zone = French.Zone(null);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        return new(now, At(today), At(today.AddDays(1)), At(today.AddDays(Days)));

        DateTimeOffset At(DateTime day) => new(day, zone.GetUtcOffset(day));
    }

    /// <summary>"d'ici au lundi 15 décembre": the last day of the week ahead.</summary>
    public string Until => $"d'ici au {French.Day(French.Today(Now).AddDays(Days - 1), French.Today(Now))}";
}
