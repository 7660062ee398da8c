using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>
/// A commune's or a partner's figures are one cell of a table whose sums the reader knows: every commune's add up to
/// the network's totals, every partner's to twice them for referrals (each has a sender and a receiver) and to them for
/// events, and one partner's figures in each commune to its own. Each count is suppressed across that whole table
/// (<see cref="Suppression"/>), so that a total minus the other cells never gives this one.
/// </summary>
internal static class LocalCells
{
    /// <summary>The filter of the whole table that <paramref name="filter"/>'s figures are one cell of.</summary>
    public static ActivityFilter Table(ActivityFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.PartnerId is not null && filter.Commune is not null
            ? filter with
            {
                Commune = null,
            }
            : filter.ForPeriod();
    }

    /// <summary>What the overview under <paramref name="filter"/> may show; everything for the network.</summary>
    public static async Task<(Disclosure Events, Disclosure Referrals)> DisclosuresAsync(
        ActivityDbContext db,
        ActivityFilter filter,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!filter.IsLocal)
        {
            return (Disclosure.Network(), Disclosure.Network());
        }

        var (events, referrals) = await TableAsync(db, filter, cancellationToken);
        return (
            Disclosure.Across(events, EventFigures.Counts)(Key(filter)),
            Disclosure.Across(referrals, ReferralFigures.Counts)(Key(filter))
        );
    }

    /// <summary>
    /// <paramref name="filter"/>'s series in <paramref name="starts"/> from the <paramref name="points"/> of its whole
    /// table: buckets by cells, each bucket adding up to the table's bucket and each cell to its figure for the period,
    /// both known.
    /// </summary>
    public static List<int?> Series(
        List<Metrics.Point> points,
        IReadOnlyList<DateTimeOffset> starts,
        Granularity granularity,
        ActivityFilter filter
    )
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(starts);
        var keys = points
            .SelectMany(point => CellsOf(point, filter))
            .Append(Key(filter))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var column = keys.Select((key, i) => (key, i)).ToDictionary(c => c.key, c => c.i, StringComparer.Ordinal);
        var row = starts.Select((start, i) => (start, i)).ToDictionary(r => r.start, r => r.i);
        var cells = new int[starts.Count * keys.Count];
        foreach (var point in points)
        {
            if (row.TryGetValue(ParisCalendar.BucketStart(point.At, granularity), out var bucket))
            {
                foreach (var key in CellsOf(point, filter))
                {
                    cells[(bucket * keys.Count) + column[key]] += point.Value;
                }
            }
        }

        var all = Enumerable.Range(0, cells.Length).ToList();
        var withheld = Suppression.Withhold(
            cells,
            [
                .. all.GroupBy(i => i / keys.Count).Select(bucket => bucket.ToList()),
                .. all.GroupBy(i => i % keys.Count).Select(cell => cell.ToList()),
            ]
        );
        var own = column[Key(filter)];
        return starts
            .Select((_, bucket) => (bucket * keys.Count) + own)
            .Select(i => withheld[i] ? (int?)null : cells[i])
            .ToList();
    }

    private static string Key(ActivityFilter filter) => filter.Commune ?? filter.PartnerId.ToString()!;

    /// <summary>The cells of the table a point counts in: its commune, or its partners.</summary>
    private static IEnumerable<string> CellsOf(Metrics.Point point, ActivityFilter filter)
    {
        if (filter.PartnerId is null || filter.Commune is not null)
        {
            return [point.Commune];
        }

        return point.OtherPartner is { } other && other != point.Partner
            ? [point.Partner.ToString(), other.ToString()]
            : [point.Partner.ToString()];
    }

    private static async Task<(
        Dictionary<string, EventTotals> Events,
        Dictionary<string, ReferralTotals> Referrals
    )> TableAsync(ActivityDbContext db, ActivityFilter filter, CancellationToken cancellationToken)
    {
        var table = Table(filter);
        if (filter.PartnerId is null || filter.Commune is not null)
        {
            var communes = filter.PartnerId is null
                ? await PeriodTotals.ByCommuneAsync(db, table, cancellationToken)
                : await PeriodTotals.ByCommuneFromRowsAsync(db, table, cancellationToken);
            return (
                communes.ToDictionary(c => c.Key, c => c.Value.Events),
                communes.ToDictionary(c => c.Key, c => c.Value.Referrals)
            );
        }

        var organisers = await Totals.EventsAsync(db.Events(table), e => e.OrganiserId, cancellationToken);
        var senders = await Totals.ReferralsAsync(db.Referrals(table), r => r.FromPartnerId, cancellationToken);
        var receivers = await Totals.ReferralsAsync(db.Referrals(table), r => r.ToPartnerId, cancellationToken);
        var referrals = senders
            .Keys.Union(receivers.Keys)
            .ToDictionary(
                id => id.ToString(),
                id =>
                    senders.GetValueOrDefault(id, ReferralTotals.None)
                    + receivers.GetValueOrDefault(id, ReferralTotals.None)
            );
        return (organisers.ToDictionary(e => e.Key.ToString(), e => e.Value), referrals);
    }
}
