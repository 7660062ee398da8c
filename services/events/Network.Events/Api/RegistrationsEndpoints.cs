using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Api;

/// <summary>Seats at an event: anyone registers themselves, staff register residents; capacity holds under any
/// race.</summary>
internal static class RegistrationsEndpoints
{
    public static void MapRegistrationsEndpoints(this RouteGroupBuilder events)
    {
        events
            .MapPost("/{id:guid}/registrations", RegisterAsync)
            .AllowAnonymous()
            .WithIdempotency()
            .WithSummary(
                "Register (anyone, or a partner's staff on a resident's behalf): confirmed, or waitlisted with its "
                    + "position."
            )
            .WithDescription(
                "Staff registering an e-mail or phone already registered to the event get the existing registration "
                    + "back (200, without a cancellation token). Anybody else gets what a new registration would "
                    + "get (201, an id and a token of their own), while the existing registration stands unchanged, "
                    + "takes no more seats, and its holder is told by e-mail; the id and token of that answer "
                    + "cancel nothing. Without staff rights, at most `Events:AnonymousMaxSeats` seats (4 by "
                    + "default). An event that is not published or has started is 409."
            );
        events
            .MapDelete("/{id:guid}/registrations/{registrationId:guid}", CancelAsync)
            .AllowAnonymous()
            .WithSummary(
                "Cancel (the organiser's staff, or anyone with ?token=): the first waitlisted registrations that "
                    + "fit are promoted."
            )
            .WithDescription(
                "Without a token and without being the organiser's staff: 401 when anonymous, 403 otherwise; a "
                    + "wrong token is 403."
            );
        events
            .MapGet("/{id:guid}/registrations", ListAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .RequirePartnerStanding()
            .WithSummary("The attendee list of the organiser's staff (personal data).")
            .WithDescription(
                "`undeliveredNotices` counts what the platform could not tell this person by e-mail (a change, "
                    + "a confirmation, a reminder: no address, sending kept failing, or the notice could not be "
                    + "sent at all): call them."
            );
    }

    private static async Task<
        Results<Created<RegistrationResponse>, Ok<RegistrationResponse>, NotFound, ValidationProblem, ProblemHttpResult>
    > RegisterAsync(
        Guid id,
        RegistrationBody body,
        [AsParameters] RegistrationContext context,
        CancellationToken cancellationToken
    )
    {
        var (registrations, _, options, caller) = context;
        // Only a partner's staff register on someone's behalf; a signed-in account without a partner is the public.
        var byStaff = caller.StaffPartnerId is not null;
        if (!byStaff && body.CheckPublicSeats(options.Value.AnonymousMaxSeats) is { IsEmpty: false } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await registrations.RegisterAsync(
            id,
            body.ToRequest(byStaff),
            e => e.Status != EventStatus.Draft || EventsEndpoints.IsOrganiser(caller, e),
            cancellationToken
        );
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            return Problem.Conflict(refusal);
        }

        if (outcome.StandIn is { } standIn)
        {
            return TypedResults.Created($"/api/events/{id}/registrations/{standIn.Id}", standIn);
        }

        var registration = outcome.Registration!;
        var response = new RegistrationResponse(
            registration.Id,
            registration.EventId,
            registration.Status,
            registration.Seats,
            await registrations.WaitlistPositionAsync(registration, cancellationToken),
            outcome.CancellationToken
        );
        if (outcome.Existing)
        {
            return TypedResults.Ok(response);
        }

        return TypedResults.Created($"/api/events/{id}/registrations/{registration.Id}", response);
    }

    private static async Task<Results<NoContent, NotFound, UnauthorizedHttpResult, ForbidHttpResult>> CancelAsync(
        Guid id,
        Guid registrationId,
        string? token,
        [AsParameters] RegistrationContext context,
        CancellationToken cancellationToken
    )
    {
        var (registrations, db, _, caller) = context;
        var registration = await db
            .Registrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == id, cancellationToken);
        var decoy = registration is null
            ? await db
                .RegistrationDecoys.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == registrationId && d.EventId == id, cancellationToken)
            : null;
        var target = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if ((registration is null && decoy is null) || target is null)
        {
            return TypedResults.NotFound();
        }

        var tokenMatches = registration is not null
            ? Registrations.TokenMatches(registration, token)
            : Registrations.TokenMatches(decoy!.CancellationTokenHash, token);
        if (!EventsEndpoints.IsOrganiser(caller, target) && !tokenMatches)
        {
            if (token is null && !caller.IsAuthenticated)
            {
                return TypedResults.Unauthorized();
            }

            return TypedResults.Forbid();
        }

        // A decoy answers as a registration would, and cancels nothing.
        if (registration is not null)
        {
            await registrations.CancelAsync(id, registrationId, (_, _) => true, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<AttendeeResponse>>, NotFound>> ListAsync(
        Guid id,
        EventsDbContext db,
        Caller caller,
        CancellationToken cancellationToken
    )
    {
        var target = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (target is null || !EventsEndpoints.IsOrganiser(caller, target))
        {
            return TypedResults.NotFound();
        }

        var all = await db
            .Registrations.AsNoTracking()
            .Where(r => r.EventId == id)
            .OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
        var undelivered = await db
            .Notices.AsNoTracking()
            .Where(n =>
                (n.Outcome == NoticeOutcome.NoChannel || n.Outcome == NoticeOutcome.Failed)
                && db.Registrations.Any(r => r.Id == n.SubjectId && r.EventId == id)
            )
            .GroupBy(n => n.SubjectId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var position = 0;
        return TypedResults.Ok(
            all.Select(r => new AttendeeResponse(
                    r.Id,
                    r.NameForOrganiser,
                    r.LastName,
                    r.Email,
                    r.Phone,
                    r.Seats,
                    r.Status,
                    r.Status == RegistrationStatus.Waitlisted ? ++position : null,
                    r.ByStaff,
                    r.CreatedAt,
                    undelivered.GetValueOrDefault(r.Id),
                    r.ReferralId,
                    r.Attended
                ))
                .ToList()
        );
    }
}
