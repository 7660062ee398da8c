using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Referrals.Domain;
using Network.Referrals.Notices;
using Network.Referrals.Persistence;
using Network.Referrals.Seats;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>Sending referrals, the two boxes of a partner, and the full record whose every read is logged.</summary>
internal static class ReferralsEndpoints
{
    public static void MapReferralsEndpoints(this RouteGroupBuilder referrals)
    {
        referrals
            .MapGet("/needs", () => TypedResults.Ok(Needs.All))
            .WithSummary(
                "The needs a resident may be referred for, as {code, label} with French labels (any signed-in user)."
            );
        referrals
            .MapPost("/", CreateAsync)
            .WithIdempotency()
            .WithSummary(
                "Staff of an active partner refer a resident, with consent, to another active partner: 201, status "
                    + "sent."
            )
            .WithDescription(
                "The answer is the summary (no contacts, no note); the full record is read with GET "
                    + "/api/referrals/{id}."
            );
        referrals
            .MapGet("/", ListAsync)
            .WithSummary("The acting partner's referrals: box=sent, box=received, or both when absent; filter status.")
            .WithDescription("Items show the resident as first name, initial of the last name and commune only.");
        referrals
            .MapGet("/{id:guid}", GetAsync)
            .WithSummary("The full record (sender's or receiver's staff); every read is written to the access log.");
    }

    private static async Task<
        Results<Created<ReferralSummary>, ValidationProblem, NotFound, ProblemHttpResult>
    > CreateAsync(ReferralRequest request, [AsParameters] ReferralContext context, CancellationToken cancellationToken)
    {
        var (db, time, http, caller, logger) = context;
        if (caller.StaffPartnerId is not { } fromPartnerId)
        {
            return ReferralProblems.NoActingPartner(caller).Result switch
            {
                ValidationProblem invalid => invalid,
                _ => TypedResults.NotFound(),
            };
        }

        if (!await db.Partners.AnyAsync(p => p.Id == fromPartnerId && p.Status == "active", cancellationToken))
        {
            return Problem.Forbidden(
                "Une structure suspendue, archivée ou pas encore active n'envoie pas d'orientation."
            );
        }

        var now = time.GetUtcNow();
        var details = request.ToDetails();
        var to = details.ToPartnerId;
        var errors = new ValidationErrors()
            .Require(to != fromPartnerId, "toPartnerId", "Une structure ne s'oriente pas une personne à elle-même.")
            .Require(
                await db.Partners.AnyAsync(p => p.Id == to && p.Status == "active", cancellationToken),
                "toPartnerId",
                "La structure destinataire n'est pas active dans le réseau : elle ne reçoit pas de nouvelle "
                    + "orientation."
            );
        await ReferralSeats.CheckAsync(db, request.EventId, to, now, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (referral, entry) = Referral.Send(fromPartnerId, details, ReferralAccess.ActorOf(caller), now);
        db.Referrals.Add(referral);
        db.History.Add(entry);
        db.Publish(ReferralFacts.Sent(referral, now), time);
        ReferralNotices.Owe(db, referral, ReferralNoticeKind.ReferralReceived, now);
        await db.SaveChangesAsync(cancellationToken);
        ReferralsLog.Sent(logger, referral.Id, fromPartnerId, referral.ToPartnerId);
        http.Response.SetETag(referral.Version);
        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralSummary.From(referral));
    }

    private static async Task<Results<Ok<PagedList<ReferralSummary>>, ValidationProblem, NotFound>> ListAsync(
        ReferralsDbContext db,
        Caller caller,
        [AsParameters] ReferralListParameters parameters,
        CancellationToken cancellationToken
    )
    {
        var (box, status, page, pageSize) = parameters;
        if (caller.StaffPartnerId is not { } partner)
        {
            return ReferralProblems.NoActingPartner(caller).Result switch
            {
                ValidationProblem invalid => invalid,
                _ => TypedResults.NotFound(),
            };
        }

        var (paging, pagingErrors) = Paging.From(page, pageSize);
        var statusFilter = status is null
            ? null
            : Enum.GetValues<ReferralStatus>()
                .Cast<ReferralStatus?>()
                .FirstOrDefault(s => WireCode.Of(s!.Value) == status);
        var errors = new ServiceDefaults.Problems.ValidationErrors()
            .Require(box is null or "sent" or "received", "box", "box vaut sent ou received.")
            .Require(
                status is null || statusFilter is not null,
                "status",
                "status vaut sent, accepted, declined, completed, no-show, cancelled ou expired."
            );
        if (paging is null || !errors.IsEmpty)
        {
            foreach (var (field, messages) in pagingErrors ?? [])
            {
                Array.ForEach(messages, message => errors.Add(field, message));
            }

            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = box switch
        {
            "sent" => db.Referrals.AsNoTracking().Where(r => r.FromPartnerId == partner),
            "received" => db.Referrals.AsNoTracking().Where(r => r.ToPartnerId == partner),
            _ => db.Referrals.AsNoTracking().Where(r => r.FromPartnerId == partner || r.ToPartnerId == partner),
        };
        query = statusFilter is { } wanted ? query.Where(r => r.Status == wanted) : query;
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(r => r.CreatedAt)
            .ThenByDescending(r => r.Id)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            new PagedList<ReferralSummary>([.. items.Select(ReferralSummary.From)], paging.Page, paging.PageSize, total)
        );
    }

    private static async Task<Results<Ok<ReferralResponse>, NotFound>> GetAsync(
        Guid id,
        [AsParameters] ReferralContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, http, caller, logger) = context;
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: false, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        await ReferralAccess.RecordReadAsync(db, referral, caller, time, cancellationToken);
        ReferralsLog.Read(logger, referral.Id, caller.ActingPartnerId!.Value);
        http.Response.SetETag(referral.Version);
        return TypedResults.Ok(ReferralResponse.From(referral));
    }

    /// <summary>The list's filters and page, named as in the query: a binding failure names the field as the client
    /// wrote it.</summary>
    internal readonly record struct ReferralListParameters(string? box, string? status, int? page, int? pageSize);
}
