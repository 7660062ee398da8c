using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

/// <summary>The coordinator moves partners through their life cycle; each step is kept in the history and announced.</summary>
internal static class LifecycleEndpoints
{
    private const int MaxReasonLength = 1000;

    public static void MapLifecycleEndpoints(this RouteGroupBuilder partners)
    {
        partners.MapPost("/{id:guid}/approve", (Guid id, LifecycleContext context, CancellationToken ct)
                => TransitionAsync(id, context, "être approuvé", (partner, by, now) => partner.Approve(by, now), PartnerEvents.Approved, ct))
            .RequireAuthorization(Policies.Coordinator).WithSummary("pending → active").Produces<PartnerResponse>();

        partners.MapPost("/{id:guid}/suspend", async (Guid id, ReasonRequest request, LifecycleContext context, CancellationToken ct)
                => ReasonErrors(request, required: true) is { } errors
                    ? errors
                    : await TransitionAsync(id, context, "être suspendu", (partner, by, now) => partner.Suspend(request.Reason!.Trim(), by, now), PartnerEvents.Suspended, ct))
            .RequireAuthorization(Policies.Coordinator).WithSummary("active → suspended, with a reason").Produces<PartnerResponse>().ProducesValidationProblem();

        partners.MapPost("/{id:guid}/reactivate", (Guid id, LifecycleContext context, CancellationToken ct)
                => TransitionAsync(id, context, "être réactivé", (partner, by, now) => partner.Reactivate(by, now), PartnerEvents.Reactivated, ct))
            .RequireAuthorization(Policies.Coordinator).WithSummary("suspended → active").Produces<PartnerResponse>();

        partners.MapPost("/{id:guid}/archive", async (Guid id, ReasonRequest? request, LifecycleContext context, CancellationToken ct)
                => ReasonErrors(request, required: false) is { } errors
                    ? errors
                    : await TransitionAsync(id, context, "être archivé", (partner, by, now) => partner.Archive(request?.Reason?.Trim(), by, now), PartnerEvents.Archived, ct))
            .RequireAuthorization(Policies.Coordinator).WithSummary("any → archived, for good; the reason is optional").Produces<PartnerResponse>().ProducesValidationProblem();
    }

    private static ValidationProblem? ReasonErrors(ReasonRequest? request, bool required)
    {
        var reason = request?.Reason;
        var errors = new ServiceDefaults.Problems.ValidationErrors()
            .Require(!required || !string.IsNullOrWhiteSpace(reason), "reason", "Le motif est obligatoire.")
            .Require(reason is null || reason.Length <= MaxReasonLength, "reason", $"Le motif fait au plus {MaxReasonLength} caractères.")
            .RequireSingleLine(reason, "reason");
        return errors.IsEmpty ? null : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static async Task<IResult> TransitionAsync<TMessage>(
        Guid id,
        LifecycleContext context,
        string action,
        Func<Partner, string, DateTimeOffset, bool> transition,
        Func<Partner, TMessage> message,
        CancellationToken cancellationToken)
        where TMessage : class
    {
        var (db, time, http, caller, options) = context;
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return TypedResults.NotFound();
        }

        if (!transition(partner, caller.UserName ?? caller.UserId!, time.GetUtcNow()))
        {
            return Problems.Conflict(partner.Status, action);
        }

        return await Problems.SaveAndAnswerAsync(db, partner, message(partner), time, http, caller, options.Value, cancellationToken);
    }
}

/// <summary>What every life-cycle step needs, bound once.</summary>
internal sealed record LifecycleContext(PartnersDbContext Db, TimeProvider Time, HttpContext Http, Caller Caller, IOptions<PartnersOptions> Options)
{
    public static ValueTask<LifecycleContext?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        return ValueTask.FromResult<LifecycleContext?>(new LifecycleContext(
            services.GetRequiredService<PartnersDbContext>(),
            services.GetRequiredService<TimeProvider>(),
            context,
            context.GetCaller(),
            services.GetRequiredService<IOptions<PartnersOptions>>()));
    }
}
