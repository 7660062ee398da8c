using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.Partners.Notices;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

/// <summary>Joining the network and keeping one's profile up to date.</summary>
internal static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this RouteGroupBuilder partners)
    {
        partners
            .MapPost("/", CreateAsync)
            .RequireAuthorization()
            .WithIdempotency()
            .WithSummary(
                "The coordinator creates an active partner; a signed-in user who works for no partner yet applies "
                    + "(pending)."
            )
            .WithDescription("A user whose token already names a partner cannot apply for another one here: 403.");

        partners
            .MapPut("/{id:guid}", UpdateAsync)
            .RequireAuthorization()
            .WithSummary(
                "The partner's admin or the coordinator replaces the profile; If-Match with the ETag guards against "
                    + "lost updates (412)."
            )
            .WithDescription("An archived partner's profile cannot change: 409.");
    }

    private static async Task<Results<Created<PartnerResponse>, ForbidHttpResult>> CreateAsync(
        PartnerProfileRequest request,
        [AsParameters] PartnerContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, http, caller, _) = context;
        if (!caller.IsCoordinator && caller.PartnerIds.Count > 0)
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var partner = caller.IsCoordinator
            ? Partner.Register(id, request.ToProfile(), byCoordinator: true, caller.UserId!, now)
            : Partner.ApplyToJoin(id, request.ToProfile(), caller.UserId!, caller.UserName, now);
        db.Partners.Add(partner);
        db.Publish(PartnerEvents.Registered(partner), time);
        if (!caller.IsCoordinator)
        {
            PartnerNotices.Owe(db, partner, PartnerNoticeKind.ApplicationReceived, now);
        }

        await db.SaveChangesAsync(cancellationToken);

        http.Response.SetETag(partner.Version);
        return TypedResults.Created($"/api/partners/{partner.Id}", PartnerResponse.From(partner));
    }

    private static async Task<Results<Ok<PartnerResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        Guid id,
        PartnerProfileRequest request,
        [AsParameters] PartnerContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, http, caller, options) = context;
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null || !partner.IsVisibleTo(caller.IsCoordinator, caller.PartnerIds))
        {
            return TypedResults.NotFound();
        }

        if (!caller.IsCoordinator && !caller.IsAdminOf(id))
        {
            return TypedResults.Forbid();
        }

        if (!http.Request.IfMatchAllows(partner.Version))
        {
            return Problems.Stale();
        }

        if (!partner.UpdateProfile(request.ToProfile(), time.GetUtcNow()))
        {
            return Problems.Conflict(partner.Status, "modifier son profil");
        }

        return
            await Problems.SaveAndAnswerAsync(
                context,
                partner,
                PartnerEvents.ProfileUpdated(partner),
                cancellationToken
            )
                is { } saved
            ? saved
            : Problems.Stale();
    }
}
