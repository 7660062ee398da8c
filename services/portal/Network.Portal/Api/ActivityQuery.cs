using Network.Portal.Forms;

namespace Network.Portal.Api;

/// <summary>
/// The figures' filter as the activity API takes it: whole days in Paris (a date alone, <c>to</c> including its day),
/// and for the overview and the series a commune and a structure.
/// </summary>
public sealed record ActivityQuery(DateOnly? From, DateOnly? To, string? Commune = null, Guid? PartnerId = null)
{
    /// <summary>The same period over the whole network: the per-structure table, the flows and the export take no
    /// commune and no structure.</summary>
    public ActivityQuery Network => this with { Commune = null, PartnerId = null };

    public string ToQueryString(params (string Name, string? Value)[] more) =>
        Query.Of([
            ("from", From is { } from ? DateFields.Value(from) : null),
            ("to", To is { } to ? DateFields.Value(to) : null),
            ("commune", Commune),
            ("partnerId", PartnerId?.ToString()),
            .. more,
        ]);
}
