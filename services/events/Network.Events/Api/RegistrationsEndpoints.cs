using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Events.Api;

/// <summary>Seats at an event: anyone registers themselves, staff register residents; capacity holds under any race.</summary>
internal static class RegistrationsEndpoints
{
    public static void MapRegistrationsEndpoints(this RouteGroupBuilder events)
    {
        events.MapPost("/{id:guid}/registrations", RegisterAsync).AllowAnonymous()
            .WithSummary("Register (anyone, or the organiser's staff on a resident's behalf): confirmed, or waitlisted with its position.")
            .WithDescription("The same e-mail or phone at the same event gets its existing registration back (200, without a cancellation token). "
                             + "An event that is not published or has started is 409.")
            .ProducesValidationProblem();
        events.MapDelete("/{id:guid}/registrations/{registrationId:guid}", CancelAsync).AllowAnonymous()
            .WithSummary("Cancel (the organiser's staff, or anyone with ?token=): the first waitlisted registrations that fit are promoted.")
            .WithDescription("Without a token and without being the organiser's staff: 401 when anonymous, 403 otherwise; a wrong token is 403.");
        events.MapGet("/{id:guid}/registrations", ListAsync).RequireAuthorization(Policies.PartnerStaff)
            .WithSummary("The attendee list of the organiser's staff (personal data).")
            .WithDescription("`undeliveredNotices` counts the changes (new time, cancellation, promotion) the platform could not tell this person "
                             + "by e-mail (no address, or sending kept failing): call them.");
    }

    private static async Task<IResult> RegisterAsync(
        Guid id, RegistrationBody body, Registrations registrations, Caller caller, CancellationToken cancellationToken)
    {
        var (request, errors) = body.Validate(byStaff: caller.IsAuthenticated);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await registrations.RegisterAsync(
            id, request, e => e.Status != EventStatus.Draft || EventsEndpoints.IsOrganiser(caller, e), cancellationToken);
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The event does not take registrations.", detail: refusal);
        }

        var registration = outcome.Registration!;
        var response = new RegistrationResponse(
            registration.Id, registration.EventId, registration.Status, registration.Seats,
            await registrations.WaitlistPositionAsync(registration, cancellationToken), outcome.CancellationToken);
        return outcome.Existing
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/events/{id}/registrations/{registration.Id}", response);
    }

    private static async Task<IResult> CancelAsync(
        Guid id, Guid registrationId, string? token, Registrations registrations, EventsDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId && r.EventId == id, cancellationToken);
        var target = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (registration is null || target is null)
        {
            return TypedResults.NotFound();
        }

        if (!EventsEndpoints.IsOrganiser(caller, target) && !Registrations.TokenMatches(registration, token))
        {
            return token is null && !caller.IsAuthenticated ? TypedResults.Unauthorized() : TypedResults.Forbid();
        }

        await registrations.CancelAsync(id, registrationId, (_, _) => true, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<AttendeeResponse>>, NotFound>> ListAsync(Guid id, EventsDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var target = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (target is null || !EventsEndpoints.IsOrganiser(caller, target))
        {
            return TypedResults.NotFound();
        }

        var all = await db.Registrations.AsNoTracking().Where(r => r.EventId == id).OrderBy(r => r.Sequence).ToListAsync(cancellationToken);
        var undelivered = await db.Notices.AsNoTracking()
            .Where(n => n.EventId == id && (n.Outcome == NoticeOutcome.NoChannel || n.Outcome == NoticeOutcome.Failed))
            .GroupBy(n => n.RegistrationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var position = 0;
        return TypedResults.Ok(all.Select(r => new AttendeeResponse(
            r.Id, r.FirstName, r.LastName, r.Email, r.Phone, r.Seats, r.Status,
            r.Status == RegistrationStatus.Waitlisted ? ++position : null, r.ByStaff, r.CreatedAt, undelivered.GetValueOrDefault(r.Id))).ToList());
    }
}
