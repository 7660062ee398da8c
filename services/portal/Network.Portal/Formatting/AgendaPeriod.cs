using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>The agenda's periods as a person picks them, turned into the instants the API filters on (in Paris
/// time).</summary>
public static class AgendaPeriod
{
    public const string Default = "a-venir";

    public static readonly IReadOnlyList<CodeLabel> Choices =
    [
        new(Default, "Tous les ateliers à venir"),
        new("cette-semaine", "Cette semaine"),
        new("ce-mois-ci", "Ce mois-ci"),
        new("trois-mois", "Les 3 prochains mois"),
    ];

    public static (DateTimeOffset? From, DateTimeOffset? To) Range(string? period, DateTimeOffset now)
    {
        var zone = French.Zone(null);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = local.Date;
        DateTime? end = period switch
        {
            "cette-semaine" => today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7),
            "ce-mois-ci" => new DateTime(today.Year, today.Month, 1).AddMonths(1),
            "trois-mois" => today.AddMonths(3),
            _ => null,
        };
        return (null, end is { } until ? new DateTimeOffset(until, zone.GetUtcOffset(until)) : null);
    }
}
