using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Network.Activity.Queries;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Activity.Api;

/// <summary>The overview and the time series: the coordinator's, or a partner's own.</summary>
internal static class OverviewEndpoints
{
    private const int MaxBuckets = 260;

    public static void MapOverviewEndpoints(this RouteGroupBuilder activity)
    {
        activity
            .MapGet("/overview", OverviewAsync)
            .WithSummary("Partners, events, referrals and loans in a period (`from`, `to`), a commune, for a partner.")
            .WithDescription(
                "Partner users get their own partner's figures (`partnerId` may be omitted; another partner's is 403)."
            );
        activity
            .MapGet("/timeseries", TimeseriesAsync)
            .WithSummary("One series per metric, by `granularity` week (from Monday) or month in Europe/Paris time.")
            .WithDescription(
                $"`metric`: one or more (comma-separated or repeated) of {string.Join(", ", Metrics.Names)}; all "
                    + $"when absent. Default period: the twelve buckets up to now. At most {MaxBuckets} buckets. "
                    + "`commune` and `partnerId` filter as for the overview."
            );
    }

    private static async Task<Results<Ok<Overview>, ValidationProblem, ProblemHttpResult>> OverviewAsync(
        [AsParameters] FilterParameters parameters,
        Caller caller,
        OverviewQuery query,
        CancellationToken cancellationToken
    )
    {
        var errors = new ValidationErrors();
        var (from, to, commune, partnerId) = parameters;
        var filter = QueryParameters.Filter(from, to, commune, partnerId, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return Refusal(caller, filter, out var scoped) is { } refusal
            ? Refused<Overview>(refusal)
            : TypedResults.Ok(await query.RunAsync(scoped, cancellationToken));
    }

    private static async Task<Results<Ok<Timeseries>, ValidationProblem, ProblemHttpResult>> TimeseriesAsync(
        [AsParameters] TimeseriesParameters parameters,
        Caller caller,
        TimeseriesQuery query,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var errors = new ValidationErrors();
        var (metric, granularity, from, to, commune, partnerId) = parameters;
        var metrics = (metric ?? [])
            .SelectMany(m => m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .ToList();
        var unknown = metrics.Where(m => !Metrics.Names.Contains(m)).ToList();
        errors.Require(
            unknown.Count == 0,
            "metric",
            $"Indicateur inconnu : {string.Join(", ", unknown)}. Indicateurs possibles : "
                + $"{string.Join(", ", Metrics.Names)}."
        );
        Granularity? width = granularity switch
        {
            null or "" or "month" => Granularity.Month,
            "week" => Granularity.Week,
            _ => null,
        };
        errors.Require(width is not null, "granularity", "granularity vaut week ou month.");
        var filter = QueryParameters.Filter(from, to, commune, partnerId, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // By default the twelve buckets up to today, whole days.
        var end = filter.To ?? ParisCalendar.Midnight(ParisCalendar.Day(time.GetUtcNow()).AddDays(1));
        var start = filter.From
            ?? ParisCalendar.BucketStart(
                width == Granularity.Month ? end.AddMonths(-11) : end.AddDays(-7 * 11),
                width!.Value
            );
        filter = filter with { From = start, To = end };
        if (TimeseriesQuery.Buckets(start, end, width!.Value).Count > MaxBuckets)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["from"] = [$"La période couvre plus de {MaxBuckets} intervalles : raccourcissez-la."],
                }
            );
        }

        return Refusal(caller, filter, out var scoped) is { } refusal
            ? Refused<Timeseries>(refusal)
            : TypedResults.Ok(
                await query.RunAsync(
                    metrics.Count == 0 ? Metrics.Names : metrics,
                    width.Value,
                    scoped,
                    cancellationToken
                )
            );
    }

    /// <summary>
    /// Null when the caller may read <paramref name="scoped"/>, the filter <see cref="ActivityAccess.Scope"/> gives
    /// them; otherwise 403, or 400 when a commune's or a partner's period is not whole days.
    /// </summary>
    private static Results<ValidationProblem, ProblemHttpResult>? Refusal(
        Caller caller,
        ActivityFilter filter,
        out ActivityFilter scoped
    )
    {
        var allowed = ActivityAccess.Scope(caller, filter);
        scoped = allowed ?? filter;
        if (allowed is null)
        {
            return ActivityAccess.Refused(caller);
        }

        var errors = new ValidationErrors();
        if (scoped.IsLocal)
        {
            QueryParameters.RequireWholeDays(scoped, errors);
        }

        if (errors.IsEmpty)
        {
            return null;
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Refused<T>(
        Results<ValidationProblem, ProblemHttpResult> refusal
    ) =>
        refusal.Result switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            var other => throw new UnreachableException($"Unexpected result {other.GetType()}."),
        };

    /// <summary>The filter of the overview, as its query names it.</summary>
    internal readonly record struct FilterParameters(
        [FromQuery(Name = "from")] string? From,
        [FromQuery(Name = "to")] string? To,
        [FromQuery(Name = "commune")] string? Commune,
        [FromQuery(Name = "partnerId")] string? PartnerId
    );

    /// <summary>The query of the time series: its metrics and buckets, then the overview's filter.</summary>
    internal readonly record struct TimeseriesParameters(
        [FromQuery(Name = "metric")] string[]? Metric,
        [FromQuery(Name = "granularity")] string? Granularity,
        [FromQuery(Name = "from")] string? From,
        [FromQuery(Name = "to")] string? To,
        [FromQuery(Name = "commune")] string? Commune,
        [FromQuery(Name = "partnerId")] string? PartnerId
    );
}
