using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Notices;
using Network.Events.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Events.Api;

/// <summary>Editing an event: If-Match guards against lost updates; a move in time is announced, and reminded of
/// again before the new time.</summary>
internal static class EditEndpoints
{
    public static void MapEditEndpoints(this RouteGroupBuilder events) =>
        events
            .MapPut("/{id:guid}", UpdateAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .WithSummary("The organisers replace an event's details (If-Match, 412 when stale).")
            .WithDescription(
                "A capacity below the confirmed seats is 400; a larger one promotes from the waitlist. A cancelled "
                    + "or completed event is 409. Changing the time of a published event publishes "
                    + "EventRescheduled; any other change of its organisers, category, place, capacity or "
                    + "accessibility, EventUpdated."
            );

    private static async Task<Results<Ok<EventResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id,
        EventRequest request,
        [AsParameters] EventContext context,
        IOptions<EventsOptions> options,
        HttpContext http,
        CancellationToken cancellationToken
    )
    {
        var (db, time, caller) = context;
        var target = await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (target is null || !EventsEndpoints.IsOrganiser(caller, target))
        {
            return TypedResults.NotFound();
        }

        if (!http.Request.IfMatchAllows(target.Version))
        {
            return Problem.Stale(EventsEndpoints.Stale);
        }

        if (request.Recurrence is not null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["recurrence"] = ["Une série se crée en une fois ; chaque séance se modifie ensuite séparément."],
                }
            );
        }

        var (occurrences, errors) = request.Occurrences();
        await CoOrganisers.CheckAsync(db, request.CoOrganiserIds ?? [], target.OrganiserId, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = time.GetUtcNow();
        var details = occurrences[0];

        if (details.Capacity < target.SeatsTaken)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["capacity"] =
                    [
                        $"{target.SeatsTaken} places sont déjà confirmées : la capacité ne peut pas descendre en "
                            + "dessous.",
                    ],
                }
            );
        }

        var (previousStart, previousEnd) = (target.StartsAt, target.EndsAt);
        var previous = EventFacts.Snapshot(target);
        var waitlist = await db
            .Registrations.Where(r => r.EventId == id && r.Status == RegistrationStatus.Waitlisted)
            .ToListAsync(cancellationToken);
        if (target.Update(details, waitlist, now) is not { } promoted)
        {
            return Problem.Conflict(
                $"Un événement au statut « {WireCode.Of(target.Status)} » ne se modifie plus.",
                WireCode.Of(target.Status)
            );
        }

        if (
            target.Status == EventStatus.Published
            && (previousStart != target.StartsAt || previousEnd != target.EndsAt)
        )
        {
            db.Publish(new EventRescheduled(EventFacts.Snapshot(target), previousStart, previousEnd, now), time);
            await RegistrantNotices.OweEveryRegistrantAsync(
                db,
                target,
                NoticeKind.EventRescheduled,
                now,
                cancellationToken
            );
            var advance = TimeSpan.FromHours(options.Value.ReminderHours);
            await RegistrantNotices.RemindAgainAsync(db, target, advance, now, cancellationToken);
        }
        else if (target.Status == EventStatus.Published && !EventFacts.Same(previous, EventFacts.Snapshot(target)))
        {
            db.Publish(new EventUpdated(EventFacts.Snapshot(target), now), time);
        }

        EventFacts.Promoted(db, target, promoted, time);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Stale(EventsEndpoints.Stale);
        }

        http.Response.SetETag(target.Version);
        return TypedResults.Ok(EventResponse.From(target));
    }
}
