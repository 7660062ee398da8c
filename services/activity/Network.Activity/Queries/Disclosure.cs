namespace Network.Activity.Queries;

/// <summary>A count of residents that a figure group holds, by its name in the answer, and how to read it from the
/// totals.</summary>
public sealed record ResidentCount<TTotals>(string Name, Func<TTotals, int> Of);

/// <summary>
/// What one cell (a partner, a commune) may show of its figures about residents, once <see cref="Suppression"/> has
/// decided for each count. A rate is shown only when its basis counts at least <see cref="Suppression.Threshold"/>
/// residents and every count it is computed from is shown: otherwise the rate and a shown count would give a withheld
/// one.
/// </summary>
public sealed class Disclosure
{
    private readonly Func<string, bool>? _withheld;

    private Disclosure(Func<string, bool>? withheld) => _withheld = withheld;

    /// <summary>Whether a figure of the group was withheld.</summary>
    public bool Suppressed { get; private set; }

    /// <summary>Network totals: everything shown.</summary>
    public static Disclosure Network() => new(null);

    /// <summary>
    /// For each key of <paramref name="cells"/> (one partner, commune... with its totals), what it may show, each count
    /// suppressed across every cell, their sum being a known total. A key without a cell counts 0 everywhere.
    /// </summary>
    public static Func<TKey, Disclosure> Across<TKey, TTotals>(
        IReadOnlyDictionary<TKey, TTotals> cells,
        IReadOnlyList<ResidentCount<TTotals>> counts
    )
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(counts);
        var keys = cells.Keys.OrderBy(key => key.ToString(), StringComparer.Ordinal).ToList();
        var withheld = counts.ToDictionary(
            count => count.Name,
            count =>
            {
                var hidden = Suppression.Withhold(keys.Select(key => count.Of(cells[key])).ToList());
                return keys.Where((_, i) => hidden[i]).ToHashSet();
            },
            StringComparer.Ordinal
        );
        return key => new Disclosure(name => !cells.ContainsKey(key) || withheld[name].Contains(key));
    }

    /// <summary>
    /// One set of totals with no other total known beside it (the network's public figures): each count under
    /// <see cref="Suppression.Threshold"/> withheld.
    /// </summary>
    public static Disclosure Alone<TTotals>(TTotals totals, IReadOnlyList<ResidentCount<TTotals>> counts) =>
        Across(new Dictionary<int, TTotals> { [0] = totals }, counts)(0);

    public int? Count(string name, int value) => Hides(_withheld?.Invoke(name) == true) ? null : value;

    /// <param name="parts">The counts, by name, that the rate is computed from.</param>
    public double? Rate(double? rate, int basis, params string[] parts) =>
        Hides(_withheld is { } withheld && (basis < Suppression.Threshold || parts.Any(withheld))) ? null : rate;

    private bool Hides(bool hidden)
    {
        Suppressed |= hidden;
        return hidden;
    }
}
