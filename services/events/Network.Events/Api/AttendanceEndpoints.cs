using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Events;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Api;

/// <param name="Present">The registrations present; every other confirmed registration is recorded absent.</param>
/// <param name="WalkIns">People who came without registering.</param>
public sealed record AttendanceRequest(
    IReadOnlyList<Guid>? Present = null,
    [property: Range(
        0,
        AttendanceRequest.MaxWalkIns,
        ErrorMessage = "Le nombre de personnes venues sans inscription est compris entre {1} et {2}."
    )]
        int WalkIns = 0
)
{
    public const int MaxWalkIns = 10_000;
}

/// <summary>What was recorded: seats confirmed, seats of those present, no-shows and walk-ins.</summary>
/// <param name="Registered">Seats of the confirmed registrations.</param>
/// <param name="Present">Seats of the registrations marked present.</param>
/// <param name="NoShows">Seats of the confirmed registrations not marked present.</param>
/// <param name="WalkIns">People who came without registering.</param>
public sealed record AttendanceSummary(int Registered, int Present, int NoShows, int WalkIns);

/// <summary>After the start, the organiser records who came: registrations not marked present are no-shows.</summary>
internal static class AttendanceEndpoints
{
    public static void MapAttendanceEndpoints(this RouteGroupBuilder events) =>
        events
            .MapPost("/{id:guid}/attendance", RecordAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .RequirePartnerStanding()
            .WithSummary(
                "Record attendance after the start: present registrations and walk-ins; counts are in seats. "
                    + "Recording again replaces it."
            );

    private static async Task<
        Results<Ok<AttendanceSummary>, NotFound, ValidationProblem, ProblemHttpResult>
    > RecordAsync(
        Guid id,
        AttendanceRequest request,
        [AsParameters] EventContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, caller) = context;
        var target = await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (target is null || !EventsEndpoints.IsOrganiser(caller, target))
        {
            return TypedResults.NotFound();
        }

        var confirmed = await db
            .Registrations.Where(r => r.EventId == id && r.Status == RegistrationStatus.Confirmed)
            .ToListAsync(cancellationToken);
        var present = request.Present?.Distinct().ToList() ?? [];
        var unknown = present.Where(registrationId => confirmed.All(r => r.Id != registrationId)).ToList();
        if (unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["present"] =
                    [
                        $"Ces inscriptions ne sont pas confirmées pour cet événement : {string.Join(", ", unknown)}.",
                    ],
                }
            );
        }

        var now = time.GetUtcNow();
        if (!target.RecordAttendance(present, request.WalkIns, confirmed, now))
        {
            return Problem.Conflict(
                "La présence se note après le début d'un événement qui a lieu ; celui-ci (statut « "
                    + $"{WireCode.Of(target.Status)} ») n'a pas commencé ou n'a pas lieu.",
                WireCode.Of(target.Status)
            );
        }

        var registered = confirmed.Sum(r => r.Seats);
        var came = confirmed.Where(r => r.Attended == true).Sum(r => r.Seats);
        db.Publish(
            new AttendanceRecorded(
                EventFacts.Snapshot(target),
                registered,
                came,
                registered - came,
                request.WalkIns,
                now
            ),
            time
        );
        foreach (var referred in confirmed.Where(r => r.ReferralId is not null))
        {
            db.Publish(
                new ReferralAttendanceRecorded(referred.ReferralId!.Value, id, referred.Attended == true, now),
                time
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AttendanceSummary(registered, came, registered - came, request.WalkIns));
    }
}
