using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

internal static class PartnersEndpoints
{
    public static void MapPartnersEndpoints(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/partners").WithTags("Partners");

        partners.MapPost("/", CreateAsync)
            .RequireAuthorization(Policies.Coordinator)
            .WithIdempotency()
            .WithSummary("Create a partner (coordinator): it is active at once.")
            .ProducesValidationProblem();

        partners.MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithSummary("The public directory: active partners, by name.")
            .ProducesValidationProblem();

        partners.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithSummary("A partner: anyone sees an active one; the coordinator and its own users see it in any status.");
    }

    private static async Task<Results<Created<PartnerResponse>, ValidationProblem>> CreateAsync(
        CreatePartnerRequest request, PartnersDbContext db, TimeProvider time, HttpContext http, Caller caller, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partner = Partner.Register(
            request.Name!, request.Kind!, request.Description ?? "", request.Address!.ToAddress(), caller.IsCoordinator, time.GetUtcNow());
        db.Partners.Add(partner);
        db.Publish(PartnerEvents.Registered(partner), time);
        await db.SaveChangesAsync(cancellationToken);

        http.Response.SetETag(partner.Version);
        return TypedResults.Created($"/api/partners/{partner.Id}", PartnerResponse.From(partner));
    }

    private static async Task<Results<Ok<PagedList<PartnerResponse>>, ValidationProblem>> ListAsync(
        PartnersDbContext db, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (paging, errors) = Paging.From(page, pageSize);
        if (paging is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var active = db.Partners.AsNoTracking().Where(partner => partner.Status == PartnerStatus.Active);
        var total = await active.CountAsync(cancellationToken);
        var items = await active
            .OrderBy(partner => partner.Name).ThenBy(partner => partner.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<PartnerResponse>([.. items.Select(PartnerResponse.From)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PartnerResponse>, NotFound>> GetAsync(
        Guid id, PartnersDbContext db, HttpContext http, Caller caller, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null || !partner.IsVisibleTo(caller.IsCoordinator, caller.PartnerIds.ToList()))
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(partner.Version);
        return TypedResults.Ok(PartnerResponse.From(partner));
    }
}
