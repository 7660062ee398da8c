using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Api;

/// <summary>A registrant's right to erasure, exercised by the organiser's admins: names and contacts wiped now, the
/// seats stay.</summary>
internal static partial class RegistrationErasureEndpoints
{
    public static void MapRegistrationErasureEndpoints(this RouteGroupBuilder events)
    {
        events
            .MapPost("/{id:guid}/registrations/{registrationId:guid}/erase", EraseAsync)
            .RequireAuthorization()
            .RequirePartnerStanding()
            .WithSummary(
                "Admins of the organiser or a co-organiser: the registrant's names and contacts are wiped now; the "
                    + "seats, status and attendance stay, anonymous."
            )
            .WithDescription(
                "204, also when already erased. The organiser's staff who are not admins get 403; anybody who "
                    + "cannot see the attendee list gets 404."
            )
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> EraseAsync(
        Guid id,
        Guid registrationId,
        [AsParameters] EventContext context,
        ILogger<Registration> logger,
        CancellationToken cancellationToken
    )
    {
        var (db, time, caller) = context;
        var target = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        var registration = await db.Registrations.FirstOrDefaultAsync(
            r => r.Id == registrationId && r.EventId == id,
            cancellationToken
        );
        if (target is null || registration is null || !EventsEndpoints.IsOrganiser(caller, target))
        {
            return TypedResults.NotFound();
        }

        if (!caller.IsAdminOf(caller.ActingPartnerId!.Value))
        {
            return Problem.Forbidden(
                "L'effacement des données d'une personne inscrite est fait par un administrateur de la structure "
                    + "organisatrice."
            );
        }

        if (registration.ErasePersonalData(time.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
            LogErased(logger, registration.Id, id);
        }

        return TypedResults.NoContent();
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Registration {RegistrationId} of event {EventId} erased at an admin's request."
    )]
    private static partial void LogErased(ILogger logger, Guid registrationId, Guid eventId);
}
