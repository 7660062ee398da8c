namespace Network.Partners;

/// <summary>The <c>Partners</c> configuration section.</summary>
public sealed class PartnersOptions
{
    public const string SectionName = "Partners";

    /// <summary>After this many days without an update, the coordinator sees a partner as stale.</summary>
    public int StaleAfterDays { get; set; } = 365;

    /// <summary>The <c>source</c> column of the open-data export: who collected the data.</summary>
    public string ExportSource { get; set; } = "Réseau régional de l'inclusion numérique";

    public TimeSpan StaleAfter => TimeSpan.FromDays(StaleAfterDays);
}
