using Microsoft.EntityFrameworkCore;
using Network.Activity.Persistence;

namespace Network.Activity.Queries;

/// <summary>One bucket of a series: its start in Paris time, its value, and whether the value was suppressed.</summary>
/// <param name="Start">The start of the bucket, in Paris time.</param>
/// <param name="Value">The metric over the bucket. Null when suppressed.</param>
/// <param name="Suppressed">Whether the value is withheld.</param>
public sealed record SeriesPoint(DateTimeOffset Start, int? Value, bool Suppressed);

/// <summary>One metric over the period, bucket by bucket.</summary>
/// <param name="Metric">The metric, as asked.</param>
/// <param name="Points">One point per bucket of the period, empty ones at 0.</param>
public sealed record Series(string Metric, IReadOnlyList<SeriesPoint> Points);

/// <summary>The answer of <c>GET /api/activity/timeseries</c>.</summary>
/// <param name="From">The start of the period.</param>
/// <param name="To">The end of the period.</param>
/// <param name="Granularity">The buckets: week or month.</param>
/// <param name="Commune">The commune the series are limited to, if any.</param>
/// <param name="PartnerId">The partner the series are limited to, if any.</param>
/// <param name="Series">The series asked for.</param>
public sealed record Timeseries(
    DateTimeOffset From,
    DateTimeOffset To,
    Granularity Granularity,
    string? Commune,
    Guid? PartnerId,
    IReadOnlyList<Series> Series
);

/// <summary>
/// Series bucketed by week or month in Paris time; every bucket of the period is present, empty ones at 0. A commune's
/// or a partner's series about residents is suppressed with every other commune's or partner's
/// (<see cref="LocalCells.Series"/>).
/// </summary>
public sealed class TimeseriesQuery(ActivityDbContext db)
{
    public async Task<Timeseries> RunAsync(
        IReadOnlyList<string> metrics,
        Granularity granularity,
        ActivityFilter filter,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(filter);
        var from = filter.From!.Value;
        var to = filter.To!.Value;
        var starts = Buckets(from, to, granularity);
        var series = new List<Series>();
        foreach (var metric in metrics)
        {
            var local = filter.IsLocal && Metrics.AboutResidents(metric);
            var table = local ? LocalCells.Table(filter) : filter;
            // A partner's cells are partners, which only the rows name; a commune's are communes.
            var points = filter.PartnerId is null
                ? await Metrics.PointsAsync(db, metric, table, cancellationToken)
                : await Metrics.Points(db, metric, table).ToListAsync(cancellationToken);
            var values = local
                ? LocalCells.Series(points, starts, granularity, filter)
                : Sums(points, starts, granularity);
            series.Add(
                new Series(
                    metric,
                    starts.Select((start, i) => new SeriesPoint(start, values[i], values[i] is null)).ToList()
                )
            );
        }

        return new Timeseries(from, to, granularity, filter.Commune, filter.PartnerId, series);
    }

    private static List<int?> Sums(
        List<Metrics.Point> points,
        IReadOnlyList<DateTimeOffset> starts,
        Granularity granularity
    )
    {
        var sums = points
            .GroupBy(p => ParisCalendar.BucketStart(p.At, granularity))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return starts.Select(start => (int?)sums.GetValueOrDefault(start)).ToList();
    }

    public static IReadOnlyList<DateTimeOffset> Buckets(DateTimeOffset from, DateTimeOffset to, Granularity granularity)
    {
        var starts = new List<DateTimeOffset>();
        for (
            var start = ParisCalendar.BucketStart(from, granularity);
            start < to;
            start = ParisCalendar.NextBucket(start, granularity)
        )
        {
            starts.Add(start);
        }

        return starts;
    }
}
