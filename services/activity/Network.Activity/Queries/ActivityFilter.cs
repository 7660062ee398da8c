namespace Network.Activity.Queries;

/// <summary>
/// What a figure is computed over: facts that happened in <c>[From, To)</c> (events by their start, referrals by their
/// sending, loans by the start of the reservation), in one commune, for one partner. Null: no limit.
/// </summary>
public sealed record ActivityFilter(DateTimeOffset? From, DateTimeOffset? To, string? Commune, Guid? PartnerId)
{
    public static readonly ActivityFilter Network = new(null, null, null, null);

    /// <summary>Figures for a single partner or commune are subject to small-number suppression; network totals never
    /// are.</summary>
    public bool IsLocal => Commune is not null || PartnerId is not null;

    public ActivityFilter ForPeriod() => this with { Commune = null, PartnerId = null };
}
