using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.Referrals.Privacy;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>The resident's rights: erasure on request, and withdrawal of consent.</summary>
internal static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this RouteGroupBuilder referrals)
    {
        referrals
            .MapPost("/{id:guid}/erase", EraseAsync)
            .WithSummary(
                "Admins of the sender or receiver: the resident's personal data and every free text are wiped now; "
                    + "the anonymous record stays."
            )
            .WithDescription("An open referral is cancelled as well. Erasing again changes nothing (200).");
        referrals
            .MapPost("/{id:guid}/consent/withdraw", WithdrawAsync)
            .WithSummary(
                "Sender's or receiver's staff: the resident withdrew consent; personal data wiped, an open referral "
                    + "cancelled."
            );
    }

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> EraseAsync(
        Guid id,
        [AsParameters] ReferralContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, _, _, caller, _) = context;
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: true, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        if (!ReferralAccess.IsAdmin(caller, referral))
        {
            return Problem.Forbidden("L'effacement est fait par un administrateur de l'une des deux structures.");
        }

        return await EraseAndAnswerAsync(context, referral, ErasureCause.Request, cancellationToken);
    }

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id,
        [AsParameters] ReferralContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, _, caller, _) = context;
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: true, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var cancelled = referral.WithdrawConsent(ReferralAccess.ActorOf(caller), time.GetUtcNow());
        if (cancelled is not null)
        {
            db.History.Add(cancelled);
            db.Publish(ReferralFacts.Cancelled(referral, cancelled, time.GetUtcNow()), time);
        }

        return await EraseAndAnswerAsync(context, referral, ErasureCause.ConsentWithdrawn, cancellationToken);
    }

    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> EraseAndAnswerAsync(
        ReferralContext context,
        Referral referral,
        ErasureCause cause,
        CancellationToken cancellationToken
    )
    {
        var (db, time, http, caller, logger) = context;
        var erased = await ReferralErasure.EraseAsync(
            db,
            referral,
            cause,
            ReferralAccess.ActorOf(caller),
            time,
            cancellationToken
        );
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReferralProblems.ChangedMeanwhile();
        }

        if (erased)
        {
            ReferralsLog.Erased(logger, referral.Id, cause);
        }

        http.Response.SetETag(referral.Version);
        return TypedResults.Ok(ReferralSummary.From(referral));
    }
}
