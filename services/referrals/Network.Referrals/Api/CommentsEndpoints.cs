using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>A thread between the sending and the receiving partner; its text is personal data, wiped on
/// erasure.</summary>
internal static class CommentsEndpoints
{
    public static void MapCommentsEndpoints(this RouteGroupBuilder referrals)
    {
        referrals
            .MapPost("/{id:guid}/comments", WriteAsync)
            .WithIdempotency()
            .WithSummary(
                "Sender's or receiver's staff add a comment (1 to 2000 characters); 409 once the personal data is "
                    + "erased."
            );
        referrals
            .MapGet("/{id:guid}/comments", ListAsync)
            .WithSummary(
                "The thread, oldest first; erased comments keep their author and date, with a null text. Each read "
                    + "is written to the access log."
            );
    }

    private static async Task<Results<Created<CommentResponse>, NotFound, ProblemHttpResult>> WriteAsync(
        Guid id,
        CommentRequest request,
        [AsParameters] ReferralContext context
    )
    {
        var (db, time, http, caller, _) = context;
        var cancellationToken = http.RequestAborted;
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: false, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        if (referral.IsErased)
        {
            return ReferralProblems.Erased();
        }

        var comment = ReferralComment.Write(
            referral.Id,
            caller.ActingPartnerId!.Value,
            caller.UserId!,
            caller.UserName,
            request.Text!.Trim(),
            time.GetUtcNow()
        );
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/{id}/comments/{comment.Id}", CommentResponse.From(comment));
    }

    private static async Task<Results<Ok<List<CommentResponse>>, NotFound>> ListAsync(
        Guid id,
        ReferralsDbContext db,
        Caller caller,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: false, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        // The thread is the resident's personal data too: its reading is logged like the record's.
        await ReferralAccess.RecordReadAsync(db, referral, caller, time, cancellationToken);
        var comments = await db
            .Comments.AsNoTracking()
            .Where(c => c.ReferralId == id)
            .OrderBy(c => c.CreatedAt)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(comments.Select(CommentResponse.From).ToList());
    }
}
