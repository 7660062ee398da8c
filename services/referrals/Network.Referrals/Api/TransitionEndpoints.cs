using Microsoft.EntityFrameworkCore;
using Network.Contracts.Referrals;
using Network.Referrals.Domain;
using Network.Referrals.Persistence;
using Network.Referrals.Seats;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

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
        referrals.MapPost("/{id:guid}/accept", AcceptAsync)
            .WithSummary("Receiver: sent → accepted; with an eventId the resident is registered to that event.").ProducesValidationProblem();
        referrals.MapPost("/{id:guid}/decline", DeclineAsync)
            .WithSummary("Receiver: sent → declined, with a reason of the list and an optional message to the sender.").ProducesValidationProblem();
        referrals.MapPost("/{id:guid}/complete", CompleteAsync).WithSummary("Receiver: accepted → completed, with the outcome.").ProducesValidationProblem();
        referrals.MapPost("/{id:guid}/no-show", NoShowAsync).WithSummary("Receiver: accepted → no-show.");
        referrals.MapPost("/{id:guid}/cancel", CancelAsync).WithSummary("Sender: sent or accepted → cancelled, with a reason.").ProducesValidationProblem();
    }

    private static Task<IResult> AcceptAsync(Guid id, AcceptRequest request, Context context)
    {
        var errors = new ValidationErrors()
            .Require(request.Note is null || request.Note.Length <= ReferralRequest.MaxText, "note", $"La note fait au plus {ReferralRequest.MaxText} caractères.")
            .RequireMultiLine(request.Note, "note")
            .RequirePlausible(request.AppointmentAt, "appointmentAt");
        return context.StepAsync(id, Side.Receiver, errors, "être acceptée", check: (r, now, cancellationToken) =>
            ReferralSeats.CheckAsync(context.Db, r.EventId, r.ToPartnerId, now, errors, cancellationToken), step: (r, actor, now) =>
        {
            var entry = r.Accept(actor, request.AppointmentAt?.ToUniversalTime(), Blank(request.Note), now);
            if (entry is not null && r.EventId is { } eventId)
            {
                // A command to the events service: what its attendee list shows of the resident; the contacts stay here.
                context.Db.Send(
                    new RegisterResidentForEvent(r.Id, eventId, r.Resident.FirstName!, r.Resident.LastNameInitial, 1, now),
                    RegisterResidentForEvent.Queue, context.Time);
            }

            return entry;
        });
    }

    private static Task<IResult> DeclineAsync(Guid id, DeclineRequest request, Context context)
    {
        var errors = new ValidationErrors()
            .Require(request.Reason is not null, "reason", "Le motif est obligatoire : hors-perimetre, pas-de-place, personne-injoignable, deja-accompagnee, demande-incomplete ou autre.")
            .Require(request.Message is null || request.Message.Length <= ReferralRequest.MaxText, "message", $"Le message fait au plus {ReferralRequest.MaxText} caractères.")
            .RequireMultiLine(request.Message, "message");
        return context.StepAsync(id, Side.Receiver, errors, "être refusée", (r, actor, now) => r.Decline(actor, request.Reason!.Value, Blank(request.Message), now));
    }

    private static Task<IResult> CompleteAsync(Guid id, CompleteRequest request, Context context)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Outcome), "outcome", "Le résultat de l'accompagnement est obligatoire.")
            .Require(request.Outcome is null || request.Outcome.Length <= ReferralRequest.MaxText, "outcome", $"Le résultat fait au plus {ReferralRequest.MaxText} caractères.")
            .RequireMultiLine(request.Outcome, "outcome");
        return context.StepAsync(id, Side.Receiver, errors, "être terminée", (r, actor, now) => r.Complete(actor, Blank(request.Outcome), now));
    }

    private static Task<IResult> NoShowAsync(Guid id, Context context)
        => context.StepAsync(id, Side.Receiver, new ValidationErrors(), "être marquée absente", (r, actor, now) => r.MarkNoShow(actor, null, now));

    private static Task<IResult> CancelAsync(Guid id, CancelRequest request, Context context)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "Le motif d'annulation est obligatoire.")
            .Require(request.Reason is null || request.Reason.Length <= ReferralRequest.MaxText, "reason", $"Le motif fait au plus {ReferralRequest.MaxText} caractères.")
            .RequireSingleLine(request.Reason, "reason");
        return context.StepAsync(id, Side.Sender, errors, "être annulée", (r, actor, now) => r.Cancel(actor, Blank(request.Reason), "by-sender", now));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>What every step needs, bound from the request's services.</summary>
    internal sealed record Context(ReferralsDbContext Db, TimeProvider Time, HttpContext Http, Caller Caller, ILogger<Referral> Logger)
    {
        public static ValueTask<Context?> BindAsync(HttpContext http)
        {
            ArgumentNullException.ThrowIfNull(http);
            var services = http.RequestServices;
            return ValueTask.FromResult<Context?>(new Context(
                services.GetRequiredService<ReferralsDbContext>(), services.GetRequiredService<TimeProvider>(), http, http.GetCaller(),
                services.GetRequiredService<ILogger<Referral>>()));
        }

        public async Task<IResult> StepAsync(
            Guid id, Side side, ValidationErrors errors, string action, Func<Referral, Actor, DateTimeOffset, ReferralHistoryEntry?> step,
            Func<Referral, DateTimeOffset, CancellationToken, Task>? check = null)
        {
            var cancellationToken = Http.RequestAborted;
            var referral = await ReferralAccess.FindVisibleAsync(Db, id, Caller, tracking: true, cancellationToken);
            if (referral is null)
            {
                return TypedResults.NotFound();
            }

            var allowed = side == Side.Sender ? ReferralAccess.IsSender(Caller, referral) : ReferralAccess.IsReceiver(Caller, referral);
            if (!allowed)
            {
                return Problem.Forbidden(side == Side.Sender
                    ? "Seule la structure qui a envoyé l'orientation peut faire cela."
                    : "Seule la structure destinataire de l'orientation peut faire cela.");
            }

            if (check is not null)
            {
                await check(referral, Time.GetUtcNow(), cancellationToken);
            }

            if (!errors.IsEmpty)
            {
                return TypedResults.ValidationProblem(errors.ToDictionary());
            }

            if (!Http.Request.IfMatchAllows(referral.Version))
            {
                return ReferralProblems.Stale();
            }

            var now = Time.GetUtcNow();
            var entry = step(referral, ReferralAccess.ActorOf(Caller), now);
            if (entry is null)
            {
                return ReferralProblems.Conflict(referral.Status, action);
            }

            Db.History.Add(entry);
            Db.Publish(ReferralFacts.For(referral, entry, now), Time);
            try
            {
                await Db.SaveChangesAsync(cancellationToken);
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

            ReferralsLog.Moved(Logger, referral.Id, entry.From, entry.To);
            Http.Response.SetETag(referral.Version);
            return TypedResults.Ok(ReferralSummary.From(referral));
        }
    }
}
