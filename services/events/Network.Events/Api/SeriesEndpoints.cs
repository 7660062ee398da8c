using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;

namespace Network.Events.Api;

/// <summary>A series' occurrences, listed, published and cancelled together; each occurrence is otherwise an event of its own.</summary>
internal static class SeriesEndpoints
{
    public static void MapSeriesEndpoints(this RouteGroupBuilder events)
    {
        events.MapGet("/series/{seriesId:guid}", ListAsync).AllowAnonymous()
            .WithSummary("The occurrences of a series in time order: anyone sees the published ones, its organisers and the coordinator all of them.")
            .ProducesValidationProblem();
        events.MapPost("/series/{seriesId:guid}/publish", PublishAsync).RequireAuthorization(Policies.PartnerStaff)
            .WithSummary("Publishes every draft occurrence still to come (organisers).");
        events.MapPost("/series/{seriesId:guid}/cancel", CancelAsync).RequireAuthorization()
            .WithSummary("Cancels every occurrence still to come, with a reason (organisers, coordinator); past ones stay as they were.")
            .ProducesValidationProblem();
    }

    private static async Task<IResult> ListAsync(Guid seriesId, int? page, int? pageSize, EventsDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var occurrences = await db.Events.AsNoTracking().Where(e => e.SeriesId == seriesId).OrderBy(e => e.StartsAt).ToListAsync(cancellationToken);
        var visible = occurrences.Where(e => EventsEndpoints.MayRead(caller, e)).ToList();
        return visible.Count == 0
            ? TypedResults.NotFound()
            : TypedResults.Ok(new PagedList<EventResponse>(
                [.. visible.Skip(paging.Skip).Take(paging.PageSize).Select(EventResponse.From)], paging.Page, paging.PageSize, visible.Count));
    }

    private static Task<IResult> PublishAsync(Guid seriesId, EventsDbContext db, TimeProvider time, Caller caller, CancellationToken cancellationToken)
        => ChangeAsync(
            seriesId, db, caller, allowCoordinator: false, time, e => Task.FromResult(EventTransitions.Publish(db, e, time)), cancellationToken,
            refusal: () => EventsEndpoints.InactiveOrganiserAsync(db, caller, cancellationToken));

    private static async Task<IResult> CancelAsync(
        Guid seriesId, CancelEventRequest request, EventsDbContext db, TimeProvider time, Caller caller, CancellationToken cancellationToken)
    {
        if (request.ValidReason() is not { } reason)
        {
            return TypedResults.ValidationProblem(CancelEventRequest.ReasonRequired);
        }

        return await ChangeAsync(
            seriesId, db, caller, allowCoordinator: true, time, e => EventTransitions.CancelAsync(db, e, reason, time, cancellationToken), cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/> to every occurrence still to come, in one save; answers how many changed.</summary>
    private static async Task<IResult> ChangeAsync(
        Guid seriesId, EventsDbContext db, Caller caller, bool allowCoordinator, TimeProvider time, Func<Event, Task<bool>> change,
        CancellationToken cancellationToken, Func<Task<IResult?>>? refusal = null)
    {
        var now = time.GetUtcNow();
        var occurrences = await db.Events.Where(e => e.SeriesId == seriesId).ToListAsync(cancellationToken);
        var allowed = occurrences.Count > 0 && (EventsEndpoints.IsOrganiser(caller, occurrences[0]) || (allowCoordinator && caller.IsCoordinator));
        if (!allowed)
        {
            return occurrences.Any(e => EventsEndpoints.MayRead(caller, e)) ? TypedResults.Forbid() : TypedResults.NotFound();
        }

        // Only who may act on the series learns why it refuses: anybody else got 404 or 403 above.
        if (refusal is not null && await refusal() is { } refused)
        {
            return refused;
        }

        var changed = 0;
        foreach (var occurrence in occurrences.Where(e => e.StartsAt > now))
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
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An occurrence changed meanwhile; try again.");
        }

        return TypedResults.Ok(new SeriesChange(seriesId, changed));
    }
}

/// <summary>What a change to a whole series did: how many occurrences it changed.</summary>
public sealed record SeriesChange(Guid SeriesId, int Changed);
