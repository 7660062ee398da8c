using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Referrals;
using Network.Referrals.Domain;
using Network.Referrals.Notices;
using Network.Referrals.Persistence;
using Network.Referrals.Seats;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using StepResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Referrals.Api.ReferralSummary>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem
>;

namespace Network.Referrals.Api;

/// <summary>
/// The steps of a referral: the receiver answers and closes it, the sender cancels it. An illegal step is 409
/// naming the current status; a stale If-Match is 412. Each answers with the summary and the new ETag.
/// </summary>
internal static class TransitionEndpoints
{
    internal enum Side
    {
        Sender,
        Receiver,
    }

    public static void MapTransitionEndpoints(this RouteGroupBuilder referrals)
    {
        referrals
            .MapPost("/{id:guid}/accept", AcceptAsync)
            .WithSummary("Receiver: sent → accepted; with an eventId the resident is registered to that event.");
        referrals
            .MapPost("/{id:guid}/decline", DeclineAsync)
            .WithSummary("Receiver: sent → declined, with a reason of the list and an optional message to the sender.");
        referrals
            .MapPost("/{id:guid}/complete", CompleteAsync)
            .WithSummary("Receiver: accepted → completed, with the outcome.");
        referrals.MapPost("/{id:guid}/no-show", NoShowAsync).WithSummary("Receiver: accepted → no-show.");
        referrals
            .MapPost("/{id:guid}/cancel", CancelAsync)
            .WithSummary("Sender: sent or accepted → cancelled, with a reason.");
    }

    private static Task<StepResult> AcceptAsync(
        Guid id,
        AcceptRequest request,
        [AsParameters] ReferralContext context
    ) =>
        StepAsync(
            context,
            id,
            Side.Receiver,
            "être acceptée",
            check: async (r, now, cancellationToken) =>
            {
                var errors = new ValidationErrors();
                await ReferralSeats.CheckAsync(context.Db, r.EventId, r.ToPartnerId, now, errors, cancellationToken);
                return errors;
            },
            step: (r, actor, now) =>
            {
                var entry = r.Accept(actor, request.AppointmentAt?.ToUniversalTime(), Blank(request.Note), now);
                if (entry is not null)
                {
                    ReferralNotices.Owe(context.Db, r, ReferralNoticeKind.ReferralAnswered, now);
                }

                if (entry is not null && r.EventId is { } eventId)
                {
                    // A command to the events service: what its attendee list shows of the resident; the contacts stay
                    // here.
                    context.Db.Send(
                        new RegisterResidentForEvent(
                            r.Id,
                            eventId,
                            r.Resident.FirstName!,
                            r.Resident.LastNameInitial,
                            1,
                            now
                        ),
                        RegisterResidentForEvent.Queue,
                        context.Time
                    );
                }

                return entry;
            }
        );

    private static Task<StepResult> DeclineAsync(
        Guid id,
        DeclineRequest request,
        [AsParameters] ReferralContext context
    ) => StepAsync(context, id, Side.Receiver, "être refusée", (r, actor, now) =>
        {
            var entry = r.Decline(actor, request.Reason!.Value, Blank(request.Message), now);
            if (entry is not null)
            {
                ReferralNotices.Owe(context.Db, r, ReferralNoticeKind.ReferralAnswered, now);
            }

            return entry;
        });

    private static Task<StepResult> CompleteAsync(
        Guid id,
        CompleteRequest request,
        [AsParameters] ReferralContext context
    ) =>
        StepAsync(context, id, Side.Receiver, "être terminée", (r, actor, now) =>
            r.Complete(actor, Blank(request.Outcome), now)
        );

    /// <summary>The one step that takes no input, which no 400 can be: the OpenAPI document declares none.</summary>
    private static async Task<Results<Ok<ReferralSummary>, NotFound, ProblemHttpResult>> NoShowAsync(
        Guid id,
        [AsParameters] ReferralContext context
    ) =>
        (
            await StepAsync(context, id, Side.Receiver, "être marquée absente", (r, actor, now) =>
                r.MarkNoShow(actor, null, now)
            )
        ).Result switch
        {
            Ok<ReferralSummary> ok => ok,
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            var other => throw new UnreachableException($"Unexpected result {other.GetType()}."),
        };

    private static Task<StepResult> CancelAsync(
        Guid id,
        CancelRequest request,
        [AsParameters] ReferralContext context
    ) =>
        StepAsync(context, id, Side.Sender, "être annulée", (r, actor, now) =>
            r.Cancel(actor, Blank(request.Reason), "by-sender", now)
        );

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Applies <paramref name="step"/> for the <paramref name="side"/> that may take it: 404, 403, 400, 412 or 409
    /// otherwise; answers the summary and the new ETag.
    /// </summary>
    private static async Task<StepResult> StepAsync(
        ReferralContext context,
        Guid id,
        Side side,
        string action,
        Func<Referral, Actor, DateTimeOffset, ReferralHistoryEntry?> step,
        Func<Referral, DateTimeOffset, CancellationToken, Task<ValidationErrors>>? check = null
    )
    {
        var (db, time, http, caller, logger) = context;
        var cancellationToken = http.RequestAborted;
        var referral = await ReferralAccess.FindVisibleAsync(db, id, caller, tracking: true, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var allowed =
            side == Side.Sender
                ? ReferralAccess.IsSender(caller, referral)
                : ReferralAccess.IsReceiver(caller, referral);
        if (!allowed)
        {
            return Problem.Forbidden(
                side == Side.Sender
                    ? "Seule la structure qui a envoyé l'orientation peut faire cela."
                    : "Seule la structure destinataire de l'orientation peut faire cela."
            );
        }

        if (
            check is not null
            && await check(referral, time.GetUtcNow(), cancellationToken) is { IsEmpty: false } errors
        )
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!http.Request.IfMatchAllows(referral.Version))
        {
            return ReferralProblems.Stale();
        }

        var now = time.GetUtcNow();
        var entry = step(referral, ReferralAccess.ActorOf(caller), now);
        if (entry is null)
        {
            return ReferralProblems.Conflict(referral.Status, action);
        }

        db.History.Add(entry);
        db.Publish(ReferralFacts.For(referral, entry, now), time);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReferralProblems.ChangedMeanwhile();
        }
        catch (DbUpdateException exception) when (exception.Entries.Any(e => e.Entity is ReferralHistoryEntry))
        {
            // Another step of the same referral took this place in its history first: its version check did not
            // get the chance to fail, the history's unique (referral, sequence) did.
            return ReferralProblems.ChangedMeanwhile();
        }

        ReferralsLog.Moved(logger, referral.Id, entry.From, entry.To);
        http.Response.SetETag(referral.Version);
        return TypedResults.Ok(ReferralSummary.From(referral));
    }
}
