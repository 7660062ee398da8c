using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using SeriesChangeResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Events.Api.SeriesChange>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ForbidHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult
>;

namespace Network.Events.Api;

/// <summary>A series' occurrences, listed, published and cancelled together; each occurrence is otherwise an event of
/// its own.</summary>
internal static class SeriesEndpoints
{
    public static void MapSeriesEndpoints(this RouteGroupBuilder events)
    {
        events
            .MapGet("/series/{seriesId:guid}", ListAsync)
            .AllowAnonymous()
            .WithSummary(
                "The occurrences of a series in time order: anyone sees the published ones, its organisers and the "
                    + "coordinator all of them."
            );
        events
            .MapPost("/series/{seriesId:guid}/publish", PublishAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .WithSummary("Publishes the draft occurrences still to come that the caller organises.")
            .WithDescription(EachOccurrence);
        events
            .MapPost("/series/{seriesId:guid}/cancel", CancelAsync)
            .RequireAuthorization()
            .WithSummary(
                "Cancels the occurrences still to come that the caller organises (the coordinator: all), with a "
                    + "reason; past ones stay as they were."
            )
            .WithDescription(EachOccurrence);
    }

    private const string EachOccurrence =
        "Each occurrence is an event of its own, with its own organisers: the action changes only the occurrences "
        + "still to come that the caller organises (as organiser or co-organiser), leaves the others as they were, "
        + "and answers how many it changed. A caller who organises none of the occurrences still to come gets 403 "
        + "when they can see the series, 404 otherwise.";

    private static async Task<Results<Ok<PagedList<EventResponse>>, NotFound, ValidationProblem>> ListAsync(
        Guid seriesId,
        int? page,
        int? pageSize,
        [AsParameters] EventContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, _, caller) = context;
        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var occurrences = await db
            .Events.AsNoTracking()
            .Where(e => e.SeriesId == seriesId)
            .OrderBy(e => e.StartsAt)
            .ToListAsync(cancellationToken);
        var visible = occurrences.Where(e => EventsEndpoints.MayRead(caller, e)).ToList();
        if (visible.Count == 0)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(
            new PagedList<EventResponse>(
                [.. visible.Skip(paging.Skip).Take(paging.PageSize).Select(EventResponse.From)],
                paging.Page,
                paging.PageSize,
                visible.Count
            )
        );
    }

    private static Task<SeriesChangeResult> PublishAsync(
        Guid seriesId,
        EventsDbContext db,
        TimeProvider time,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            seriesId,
            db,
            caller,
            allowCoordinator: false,
            time,
            e => Task.FromResult(EventTransitions.Publish(db, e, time)),
            cancellationToken,
            refusal: () => EventsEndpoints.InactiveOrganiserAsync(db, caller, cancellationToken)
        );

    private static async Task<Results<Ok<SeriesChange>, NotFound, ForbidHttpResult, ProblemHttpResult>> CancelAsync(
        Guid seriesId,
        CancelEventRequest request,
        [AsParameters] EventContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, caller) = context;
        var reason = request.Reason!.Trim();
        var changed = await ChangeAsync(
            seriesId,
            db,
            caller,
            allowCoordinator: true,
            time,
            e => EventTransitions.CancelAsync(db, e, reason, time, cancellationToken),
            cancellationToken
        );
        return changed.Result switch
        {
            Ok<SeriesChange> ok => ok,
            NotFound notFound => notFound,
            ForbidHttpResult forbid => forbid,
            ProblemHttpResult problem => problem,
            var other => throw new UnreachableException($"Unexpected result {other.GetType()}."),
        };
    }

    /// <summary>
    /// Applies <paramref name="change"/> to every occurrence still to come that the caller may change, in one save;
    /// answers how many changed. Organisers differ from one occurrence to the next (a co-organiser removed from some),
    /// so each is checked.
    /// </summary>
    private static async Task<SeriesChangeResult> ChangeAsync(
        Guid seriesId,
        EventsDbContext db,
        Caller caller,
        bool allowCoordinator,
        TimeProvider time,
        Func<Event, Task<bool>> change,
        CancellationToken cancellationToken,
        Func<Task<ProblemHttpResult?>>? refusal = null
    )
    {
        var now = time.GetUtcNow();
        var occurrences = await db
            .Events.Where(e => e.SeriesId == seriesId)
            .OrderBy(e => e.StartsAt)
            .ToListAsync(cancellationToken);
        var changeable = occurrences
            .Where(e =>
                e.StartsAt > now
                && (EventsEndpoints.IsOrganiser(caller, e) || (allowCoordinator && caller.IsCoordinator))
            )
            .ToList();
        var organisesAny = occurrences.Any(e =>
            EventsEndpoints.IsOrganiser(caller, e) || (allowCoordinator && caller.IsCoordinator)
        );

        // A series all in the past changes nothing for its organisers; anybody else, or an organiser of past
        // occurrences only while some are still to come, may change none of them.
        if (changeable.Count == 0 && (!organisesAny || occurrences.Any(e => e.StartsAt > now)))
        {
            if (occurrences.Any(e => EventsEndpoints.MayRead(caller, e)))
            {
                return TypedResults.Forbid();
            }

            return TypedResults.NotFound();
        }

        // Only who may act on the series learns why it refuses: anybody else got 404 or 403 above.
        if (refusal is not null && await refusal() is { } refused)
        {
            return refused;
        }

        var changed = 0;
        foreach (var occurrence in changeable)
        {
            if (await change(occurrence))
            {
                changed++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict(EventsEndpoints.ChangedMeanwhile);
        }

        return TypedResults.Ok(new SeriesChange(seriesId, changed));
    }
}

/// <summary>What a change to a whole series did: how many occurrences it changed.</summary>
/// <param name="SeriesId">The series changed.</param>
/// <param name="Changed">How many of its occurrences the action changed.</param>
public sealed record SeriesChange(Guid SeriesId, int Changed);
