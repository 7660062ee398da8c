using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Contracts.Equipment;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using ItemChange = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Equipment.Api.ItemResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ForbidHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult
>;

namespace Network.Equipment.Api;

/// <summary>An owner's items: registered, edited, put in maintenance, made available again, retired.</summary>
internal static class ItemEndpoints
{
    public static void MapItemEndpoints(this RouteGroupBuilder equipment)
    {
        equipment
            .MapPost("/", RegisterAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .WithIdempotency()
            .WithSummary("Staff or admins of an active partner register an item; their partner owns it.")
            .WithDescription(
                "Defaults: condition good, shareable true, loanRules {maxDays: 7, bufferHours: 0, requiresApproval: "
                    + "true}. A kit lists its components (names), checked at hand-over and at return."
            );
        equipment
            .MapPut("/{id:guid}", UpdateAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "The owner's users replace an item's description (If-Match, 412 when stale); a retired item is 409."
            )
            .WithDescription(
                "New loan rules apply to requests, approvals and extensions from now on; reservations already held "
                    + "stay as they are."
            );
        equipment
            .MapPost("/{id:guid}/maintenance", MaintenanceAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "available → maintenance; the borrowers of the loans to come see them flagged item-in-maintenance."
            );
        equipment
            .MapPost("/{id:guid}/available", AvailableAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("maintenance → available; the flags go.");
        equipment
            .MapPost("/{id:guid}/retire", RetireAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "→ retired (terminal): requested and approved reservations are cancelled; 409 while the item is out "
                    + "on loan."
            );
    }

    private static async Task<Results<Created<ItemResponse>, ValidationProblem, ForbidHttpResult>> RegisterAsync(
        ItemRequest request,
        [AsParameters] ItemContext context,
        EquipmentFacts facts,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var (db, http, caller) = context;
        if (caller.StaffPartnerId is not { } ownerId)
        {
            return ActingPartner.NotNamed();
        }

        var owner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ownerId, cancellationToken);
        if (owner is not { IsActive: true })
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        var item = Item.Register(ownerId, request.ToDetails(), now);
        db.Items.Add(item);
        db.Schedules.Add(ItemSchedule.For(item, now));
        db.Publish(new EquipmentRegistered(await facts.ItemAsync(item, cancellationToken), item.Shareable, now), time);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(item.Version);
        return TypedResults.Created(
            $"/api/equipment/{item.Id}",
            ItemResponse.From(item, new PartnerName(owner.Id, owner.Name, owner.Commune))
        );
    }

    private static async Task<Results<Ok<ItemResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> UpdateAsync(
        Guid id,
        ItemRequest request,
        [AsParameters] ItemContext context,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var (db, http, caller) = context;
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || !Access.MaySee(caller, item))
        {
            return TypedResults.NotFound();
        }

        if (!Access.IsOwner(caller, item))
        {
            return TypedResults.Forbid();
        }

        if (!http.Request.IfMatchAllows(item.Version))
        {
            return Stale();
        }

        if (!item.Update(request.ToDetails(), time.GetUtcNow()))
        {
            return Problem.Conflict("Un objet retiré du parc ne se modifie plus.", "retired");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }

        return await OkAsync(item, db, http, cancellationToken);
    }

    private static Task<ItemChange> MaintenanceAsync(
        Guid id,
        [AsParameters] ItemContext context,
        ItemLifecycle lifecycle,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            id,
            context,
            async item =>
                await lifecycle.SetMaintenanceAsync(item, inMaintenance: true, cancellationToken)
                    ? null
                    : "Un objet retiré ne passe plus en maintenance.",
            cancellationToken
        );

    private static Task<ItemChange> AvailableAsync(
        Guid id,
        [AsParameters] ItemContext context,
        ItemLifecycle lifecycle,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            id,
            context,
            async item =>
                await lifecycle.SetMaintenanceAsync(item, inMaintenance: false, cancellationToken)
                    ? null
                    : "Un objet retiré ne redevient pas disponible.",
            cancellationToken
        );

    private static Task<ItemChange> RetireAsync(
        Guid id,
        [AsParameters] ItemContext context,
        ItemLifecycle lifecycle,
        CancellationToken cancellationToken
    ) =>
        ChangeAsync(
            id,
            context,
            async item =>
            {
                if (
                    await context.Db.Reservations.AnyAsync(
                        r =>
                            r.EquipmentId == item.Id
                            && (r.Status == ReservationStatus.CheckedOut || r.Status == ReservationStatus.Overdue),
                        cancellationToken
                    )
                )
                {
                    return "L'objet est en prêt : il sera retiré une fois rendu.";
                }

                return await lifecycle.RetireAsync(item, cancellationToken) is null
                    ? "L'objet est déjà retiré du parc."
                    : null;
            },
            cancellationToken
        );

    /// <summary>Applies a status change of the owner's; <paramref name="change"/> answers why it is refused, or
    /// null.</summary>
    private static async Task<ItemChange> ChangeAsync(
        Guid id,
        ItemContext context,
        Func<Item, Task<string?>> change,
        CancellationToken cancellationToken
    )
    {
        var (db, http, caller) = context;
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || !Access.MaySee(caller, item))
        {
            return TypedResults.NotFound();
        }

        if (!Access.IsOwner(caller, item))
        {
            return TypedResults.Forbid();
        }

        if (await change(item) is { } refusal)
        {
            return Problem.Conflict(refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict("L'objet vient d'être modifié par quelqu'un d'autre : relisez-le puis réessayez.");
        }

        return await OkAsync(item, db, http, cancellationToken);
    }

    private static async Task<Ok<ItemResponse>> OkAsync(
        Item item,
        EquipmentDbContext db,
        HttpContext http,
        CancellationToken cancellationToken
    )
    {
        var owner = (await db.NamesAsync([item.OwnerId], cancellationToken)).GetValueOrDefault(item.OwnerId);
        http.Response.SetETag(item.Version);
        return TypedResults.Ok(ItemResponse.From(item, owner));
    }

    /// <summary>What the owner's changes to an item need besides its id.</summary>
    internal readonly record struct ItemContext(EquipmentDbContext Db, HttpContext Http, Caller Caller);

    private static ProblemHttpResult Stale() =>
        Problem.Stale(
            "L'objet a changé depuis votre lecture : relisez-le puis renvoyez votre modification avec le nouvel ETag."
        );
}
