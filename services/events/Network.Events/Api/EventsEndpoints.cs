using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Replicas;
using EventChange = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Events.Api.EventResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ForbidHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult
>;

namespace Network.Events.Api;

/// <summary>Publishing events: drafts by an active organiser's staff, published for anyone to see.</summary>
internal static class EventsEndpoints
{
    /// <summary>The detail of a 409 when another request changed the event first.</summary>
    public const string ChangedMeanwhile =
        "L'événement vient d'être modifié par quelqu'un d'autre : relisez-le puis réessayez.";

    /// <summary>The detail of a 412 when the caller's ETag is no longer the event's.</summary>
    public const string Stale =
        "L'événement a changé depuis votre lecture : relisez-le puis renvoyez votre modification avec le nouvel ETag.";

    public static void MapEventsEndpoints(this RouteGroupBuilder events)
    {
        events
            .MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .RequireActivePartner()
            .WithIdempotency()
            .WithSummary("Staff of an active partner create a draft; their partner organises it.")
            .WithDescription(
                "With a `recurrence`, one draft per occurrence is created, all linked by `seriesId`; the answer is "
                    + "the first occurrence, and `/api/events/series/{seriesId}` lists, publishes and cancels them "
                    + "together."
            );
        events
            .MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithSummary(
                "Published events, from now on unless from/to say otherwise; filters commune, category, audience, "
                    + "organiserId, q."
            );
        events
            .MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithSummary(
                "An event with live seat counts: anyone sees a published one, its organisers and the coordinator "
                    + "any status."
            )
            .WithDescription(
                $"With `Accept: {EventJsonLd.MediaType}`, the event as schema.org `Event` JSON-LD instead of the "
                    + "JSON below."
            );
        events
            .MapPost("/{id:guid}/publish", PublishAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .WithSummary("draft → published");
        events
            .MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization()
            .WithSummary("→ cancelled, with a reason (organisers, coordinator)");
    }

    private static async Task<Results<Created<EventResponse>, ValidationProblem>> CreateAsync(
        EventRequest request,
        [AsParameters] EventContext context,
        HttpContext http,
        CancellationToken cancellationToken
    )
    {
        var (db, time, caller) = context;
        if (caller.ActingPartnerId is not { } organiserId)
        {
            return ActingPartner.NotNamed();
        }

        var (occurrences, errors) = request.Occurrences();
        await CoOrganisers.CheckAsync(db, request.CoOrganiserIds ?? [], organiserId, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = time.GetUtcNow();
        var seriesId = request.Recurrence is null ? (Guid?)null : Guid.CreateVersion7(now);
        var created = occurrences.Select(details => Event.Draft(organiserId, details, now, seriesId)).ToList();
        db.Events.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(created[0].Version);
        return TypedResults.Created($"/api/events/{created[0].Id}", EventResponse.From(created[0]));
    }

    private static async Task<Results<Ok<PagedList<EventResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] EventContext context,
        [AsParameters] EventFilter filter,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken
    )
    {
        var (db, time, _) = context;
        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (filter.Errors() is { } filterErrors)
        {
            return TypedResults.ValidationProblem(filterErrors);
        }

        var query = filter.Apply(
            db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published),
            time.GetUtcNow()
        );
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(e => e.StartsAt)
            .ThenBy(e => e.Id)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            new PagedList<EventResponse>([.. items.Select(EventResponse.From)], paging.Page, paging.PageSize, total)
        );
    }

    private static async Task<Results<Ok<EventResponse>, JsonHttpResult<JsonObject>, NotFound>> GetAsync(
        Guid id,
        EventsDbContext db,
        HttpContext http,
        Caller caller,
        CancellationToken cancellationToken
    )
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (found is null || !MayRead(caller, found))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.Vary = HeaderNames.Accept;
        http.Response.SetETag(found.Version);
        if (!EventJsonLd.IsRequested(http.Request))
        {
            return TypedResults.Ok(EventResponse.From(found));
        }

        var partnerIds = found.CoOrganiserIds.Append(found.OrganiserId).ToList();
        var names = await db
            .Partners.Where(p => partnerIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return TypedResults.Json(EventJsonLd.Of(found, names), contentType: EventJsonLd.MediaType);
    }

    private static Task<EventChange> PublishAsync(
        Guid id,
        EventsDbContext db,
        TimeProvider time,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            id,
            db,
            caller,
            allowCoordinator: false,
            e => Task.FromResult(EventTransitions.Publish(db, e, time)),
            "être publié",
            cancellationToken,
            refusal: () => InactiveOrganiserAsync(db, caller, cancellationToken)
        );

    private static async Task<Results<Ok<EventResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> CancelAsync(
        Guid id,
        CancelEventRequest request,
        [AsParameters] EventContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, caller) = context;
        var reason = request.Reason!.Trim();
        var changed = await ChangeAsync(
            id,
            db,
            caller,
            allowCoordinator: true,
            e => EventTransitions.CancelAsync(db, e, reason, time, cancellationToken),
            "être annulé",
            cancellationToken
        );
        return changed.Result switch
        {
            Ok<EventResponse> ok => ok,
            NotFound notFound => notFound,
            ForbidHttpResult forbid => forbid,
            ProblemHttpResult problem => problem,
            var other => throw new UnreachableException($"Unexpected result {other.GetType()}."),
        };
    }

    private static async Task<EventChange> ChangeAsync(
        Guid id,
        EventsDbContext db,
        Caller caller,
        bool allowCoordinator,
        Func<Event, Task<bool>> change,
        string action,
        CancellationToken cancellationToken,
        Func<Task<ProblemHttpResult?>>? refusal = null
    )
    {
        var found = await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (found is null || !MayRead(caller, found))
        {
            return TypedResults.NotFound();
        }

        if (!IsOrganiser(caller, found) && !(allowCoordinator && caller.IsCoordinator))
        {
            return TypedResults.Forbid();
        }

        // Only who may act on the event learns why it refuses: anybody else got 404 or 403 above.
        if (refusal is not null && await refusal() is { } refused)
        {
            return refused;
        }

        if (!await change(found))
        {
            return Problem.Conflict(
                $"Un événement au statut « {WireCode.Of(found.Status)} » ne peut pas {action}.",
                WireCode.Of(found.Status)
            );
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict(ChangedMeanwhile);
        }

        return TypedResults.Ok(EventResponse.From(found));
    }

    /// <summary>A suspended (or archived) organiser publishes nothing new: 409, or null when the acting partner is
    /// active.</summary>
    internal static async Task<ProblemHttpResult?> InactiveOrganiserAsync(
        EventsDbContext db,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        caller.ActingPartnerId is { } partner
        && !await db.Partners.AnyAsync(p => p.Id == partner && p.Status == "active", cancellationToken)
            ? Problem.Conflict("Une structure suspendue ou archivée ne publie pas de nouvel événement.")
            : null;

    /// <summary>Anyone reads a published (or past) event; a draft, its organisers and the coordinator, who reads every
    /// partner's records.</summary>
    internal static bool MayRead(Caller caller, Event e) =>
        e.Status != EventStatus.Draft || IsOrganiser(caller, e) || caller.IsCoordinator;

    internal static bool IsOrganiser(Caller caller, Event e) =>
        caller.ActingPartnerId is { } partner && e.IsOrganisedBy(partner) && caller.IsStaffOf(partner);
}
