using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;

namespace Network.Events.Api;

/// <summary>Publishing events: drafts by an active organiser's staff, published for anyone to see.</summary>
internal static class EventsEndpoints
{
    public static void MapEventsEndpoints(this RouteGroupBuilder events)
    {
        events.MapPost("/", CreateAsync).RequireAuthorization(Policies.PartnerStaff).WithIdempotency()
            .WithSummary("Staff of an active partner create a draft; their partner organises it.").ProducesValidationProblem();
        events.MapGet("/", ListAsync).AllowAnonymous()
            .WithSummary("Published events, from now on unless from/to say otherwise; filters commune, category, audience, organiserId, q.")
            .ProducesValidationProblem();
        events.MapGet("/{id:guid}", GetAsync).AllowAnonymous()
            .WithSummary("An event with live seat counts: anyone sees a published one, its organisers any status.");
        events.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(Policies.PartnerStaff).WithSummary("draft → published");
        events.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization()
            .WithSummary("→ cancelled, with a reason (organisers, coordinator)").ProducesValidationProblem();
    }

    private static async Task<Results<Created<EventResponse>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        EventRequest request, EventsDbContext db, TimeProvider time, HttpContext http, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.ActingPartnerId is not { } organiserId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ActingPartner.HeaderName] = ["Indiquez la structure pour laquelle vous agissez."] });
        }

        if (!await db.Partners.AnyAsync(p => p.Id == organiserId && p.Status == "active", cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var (details, errors) = request.Validate(time.GetUtcNow());
        if (details is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var created = Event.Draft(organiserId, details, time.GetUtcNow());
        db.Events.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(created.Version);
        return TypedResults.Created($"/api/events/{created.Id}", EventResponse.From(created));
    }

    private static async Task<Results<Ok<PagedList<EventResponse>>, ValidationProblem>> ListAsync(
        EventsDbContext db, TimeProvider time, DateTimeOffset? from, DateTimeOffset? to, string? commune, EventCategory? category,
        string? audience, Guid? organiserId, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null || (from is not null && to is not null && to < from))
        {
            return TypedResults.ValidationProblem(errors ?? new Dictionary<string, string[]> { ["to"] = ["to vient après from."] });
        }

        var start = (from ?? time.GetUtcNow()).ToUniversalTime();
        var query = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published && e.EndsAt >= start);
        if (to is { } end)
        {
            var until = end.ToUniversalTime();
            query = query.Where(e => e.StartsAt <= until);
        }

        query = commune is null ? query : query.Where(e => e.Location.Commune == commune);
        query = category is null ? query : query.Where(e => e.Category == category);
        query = audience is null ? query : query.Where(e => e.Audiences.Contains(audience));
        query = organiserId is null ? query : query.Where(e => e.OrganiserId == organiserId || e.CoOrganiserIds.Contains(organiserId.Value));
        query = string.IsNullOrWhiteSpace(q) ? query : query.Where(e => e.Title.Contains(q) || e.Description.Contains(q));

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<EventResponse>([.. items.Select(EventResponse.From)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<EventResponse>, NotFound>> GetAsync(Guid id, EventsDbContext db, HttpContext http, Caller caller, CancellationToken cancellationToken)
    {
        var found = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (found is null || !(found.Status != EventStatus.Draft || IsOrganiser(caller, found)))
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(found.Version);
        return TypedResults.Ok(EventResponse.From(found));
    }

    private static async Task<IResult> PublishAsync(Guid id, EventsDbContext db, TimeProvider time, Caller caller, CancellationToken cancellationToken)
    {
        // A suspended (or archived) organiser publishes nothing new.
        if (caller.ActingPartnerId is { } partner && !await db.Partners.AnyAsync(p => p.Id == partner && p.Status == "active", cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Your partner is not active.",
                detail: "Une structure suspendue ou archivée ne publie pas de nouvel événement.");
        }

        return await ChangeAsync(
            id, db, caller, allowCoordinator: false, e => e.Publish(time.GetUtcNow()), e => new EventPublished(EventFacts.Snapshot(e), time.GetUtcNow()), time, "être publié", cancellationToken);
    }

    private static async Task<IResult> CancelAsync(Guid id, CancelEventRequest request, EventsDbContext db, TimeProvider time, Caller caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Le motif est obligatoire (1000 caractères au plus)."] });
        }

        return await ChangeAsync(
            id, db, caller, allowCoordinator: true, e => e.Cancel(request.Reason.Trim(), time.GetUtcNow()),
            e => new EventCancelled(EventFacts.Snapshot(e), e.SeatsTaken, time.GetUtcNow()), time, "être annulé", cancellationToken);
    }

    private static async Task<IResult> ChangeAsync(
        Guid id, EventsDbContext db, Caller caller, bool allowCoordinator, Func<Event, bool> change, Func<Event, object> fact, TimeProvider time,
        string action, CancellationToken cancellationToken)
    {
        var found = await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (found is null || !(found.Status != EventStatus.Draft || IsOrganiser(caller, found) || (allowCoordinator && caller.IsCoordinator)))
        {
            return TypedResults.NotFound();
        }

        if (!IsOrganiser(caller, found) && !(allowCoordinator && caller.IsCoordinator))
        {
            return TypedResults.Forbid();
        }

        if (!change(found))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The event's status forbids this action.",
                detail: $"Un événement au statut « {found.Status.ToString().ToLowerInvariant()} » ne peut pas {action}.");
        }

        db.Publish(fact(found), time);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The event changed meanwhile; try again.");
        }

        return TypedResults.Ok(EventResponse.From(found));
    }

    internal static bool IsOrganiser(Caller caller, Event e) => caller.ActingPartnerId is { } partner && e.IsOrganisedBy(partner) && caller.IsStaffOf(partner);
}
