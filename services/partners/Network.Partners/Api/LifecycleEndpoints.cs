using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.Partners.Members;
using Network.Partners.Notices;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

/// <summary>The coordinator moves partners through their life cycle; each step is kept in the history and
/// announced.</summary>
internal static class LifecycleEndpoints
{
    public static void MapLifecycleEndpoints(this RouteGroupBuilder partners)
    {
        partners
            .MapPost("/{id:guid}/approve", (Guid id, [AsParameters] PartnerContext context, CancellationToken ct) =>
                TransitionAsync(
                    id,
                    context,
                    "être approuvé",
                    (partner, by, now) =>
                        partner.Approve(by, now) && MembershipRights.AfterApproval(context.Db, partner, by, now),
                    PartnerEvents.Approved,
                    ct,
                    PartnerNoticeKind.PartnerApproved
                )
            )
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("pending → active; the user who applied becomes the partner's admin")
            .WithDescription(
                "The applicant's rights are saved with the approval and given by the identity provider within seconds, "
                    + "retried until it holds when it does not answer; their next token carries them."
            );

        partners
            .MapPost(
                "/{id:guid}/suspend",
                (Guid id, ReasonRequest request, [AsParameters] PartnerContext context, CancellationToken ct) =>
                    WithReasonAsync(ReasonErrors(request, required: true), () =>
                        TransitionAsync(
                            id,
                            context,
                            "être suspendu",
                            (partner, by, now) => partner.Suspend(request.Reason!.Trim(), by, now),
                            PartnerEvents.Suspended,
                            ct,
                            PartnerNoticeKind.PartnerSuspended
                        )
                    )
            )
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("active → suspended, with a reason");

        partners
            .MapPost("/{id:guid}/reactivate", (Guid id, [AsParameters] PartnerContext context, CancellationToken ct) =>
                TransitionAsync(
                    id,
                    context,
                    "être réactivé",
                    (partner, by, now) => partner.Reactivate(by, now),
                    PartnerEvents.Reactivated,
                    ct
                )
            )
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("suspended → active");

        partners
            .MapPost(
                "/{id:guid}/archive",
                (Guid id, ReasonRequest? request, [AsParameters] PartnerContext context, CancellationToken ct) =>
                    WithReasonAsync(ReasonErrors(request, required: false), () =>
                        TransitionAsync(
                            id,
                            context,
                            "être archivé",
                            (partner, by, now) =>
                                partner.Archive(request?.Reason?.Trim(), by, now)
                                && MembershipRights.AfterArchive(context.Db, partner, by, now),
                            PartnerEvents.Archived,
                            ct
                        )
                    )
            )
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("any → archived, for good; the reason is optional; its members lose it");
    }

    /// <summary>The step, unless its reason is invalid (400).</summary>
    private static async Task<
        Results<Ok<PartnerResponse>, NotFound, ProblemHttpResult, ValidationProblem>
    > WithReasonAsync(
        ValidationProblem? errors,
        Func<Task<Results<Ok<PartnerResponse>, NotFound, ProblemHttpResult>>> transition
    )
    {
        if (errors is not null)
        {
            return errors;
        }

        return (await transition()).Result switch
        {
            Ok<PartnerResponse> ok => ok,
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            var other => throw new UnreachableException($"Unexpected result {other.GetType()}."),
        };
    }

    /// <summary>A suspension needs a reason, which its body declares optional as the archive's does.</summary>
    private static ValidationProblem? ReasonErrors(ReasonRequest? request, bool required) =>
        required && string.IsNullOrWhiteSpace(request?.Reason)
            ? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["reason"] = ["Le motif est obligatoire."] }
            )
            : null;

    private static async Task<Results<Ok<PartnerResponse>, NotFound, ProblemHttpResult>> TransitionAsync<TMessage>(
        Guid id,
        PartnerContext context,
        string action,
        Func<Partner, string, DateTimeOffset, bool> transition,
        Func<Partner, TMessage> message,
        CancellationToken cancellationToken,
        PartnerNoticeKind? notice = null
    )
        where TMessage : class
    {
        var (db, time, _, caller, _) = context;
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (!transition(partner, caller.UserName ?? caller.UserId!, now))
        {
            return Problems.Conflict(partner.Status, action);
        }

        if (notice is { } kind)
        {
            PartnerNotices.Owe(db, partner, kind, now);
        }

        return await Problems.SaveAndAnswerAsync(context, partner, message(partner), cancellationToken) is { } saved
            ? saved
            : Problems.Stale();
    }
}
