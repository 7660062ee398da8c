using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Events.Persistence;
using Network.ServiceDefaults.Identity;

namespace Network.Events.Api;

/// <summary>The link of every e-mail to a registrant: no more messages about this registration, which stands.</summary>
internal static class NoticeStopEndpoints
{
    public static void MapNoticeStopEndpoints(this RouteGroupBuilder events) =>
        events
            .MapPost("/{id:guid}/registrations/{registrationId:guid}/stop-notices", StopAsync)
            .AllowAnonymous()
            .WithSummary("Anyone with ?token= (the registration's, or the one its e-mails carry): no more e-mails.")
            .WithDescription(
                "204, also when already stopped; the registration keeps its seats. Without a token 401 (403 when "
                    + "signed in), a wrong token 403, an unknown registration 404. The answer to someone who "
                    + "registered a contact already registered stops nothing, and answers 204 all the same."
            );

    private static async Task<Results<NoContent, NotFound, UnauthorizedHttpResult, ForbidHttpResult>> StopAsync(
        Guid id,
        Guid registrationId,
        string? token,
        EventsDbContext db,
        Caller caller,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(
            r => r.Id == registrationId && r.EventId == id,
            cancellationToken
        );
        var decoy = registration is null
            ? await db
                .RegistrationDecoys.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == registrationId && d.EventId == id, cancellationToken)
            : null;
        if (registration is null && decoy is null)
        {
            return TypedResults.NotFound();
        }

        var matches = registration is not null
            ? Registrations.TokenMatches(registration, token)
            : Registrations.TokenMatches(decoy!.CancellationTokenHash, token);
        if (!matches)
        {
            // Only the token stops the messages: the organiser's staff have other ways to reach their registrants.
            return string.IsNullOrEmpty(token) && !caller.IsAuthenticated
                ? TypedResults.Unauthorized()
                : TypedResults.Forbid();
        }

        if (registration is not null)
        {
            registration.StopNotices(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
