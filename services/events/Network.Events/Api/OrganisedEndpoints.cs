using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.Events.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Api;

/// <summary>The events a partner organises or co-organises, whatever their status: what its staff work on.</summary>
internal static class OrganisedEndpoints
{
    private static readonly IReadOnlyDictionary<string, EventStatus> Statuses = Enum.GetValues<EventStatus>()
        .ToDictionary(WireCode.Of);

    public static void MapOrganisedEndpoints(this RouteGroupBuilder events) =>
        events
            .MapGet("/organised", ListAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .RequirePartnerStanding()
            .WithSummary(
                "The events the acting partner organises or co-organises, drafts, cancelled and past ones included."
            )
            .WithDescription(
                "Filters: `status`, one or more of draft, published, cancelled, completed, separated by commas; "
                    + "`from` and `to`, the events overlapping that period (without them, every event); `order`, `asc` "
                    + "(the default: the earliest start first) or `desc` (the latest first)."
            );

    private static async Task<Results<Ok<PagedList<EventResponse>>, ValidationProblem>> ListAsync(
        EventsDbContext db,
        Caller caller,
        string? status,
        DateTimeOffset? from,
        DateTimeOffset? to,
        string? order,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken
    )
    {
        if (caller.StaffPartnerId is not { } partner)
        {
            return ActingPartner.NotNamed();
        }

        var (paging, pagingErrors) = Paging.From(page, pageSize);
        var codes = status?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var errors = new ValidationErrors()
            .Require(codes.All(Statuses.ContainsKey), "status", $"Statut inconnu : {string.Join(", ", Statuses.Keys)}.")
            .Require(order is null or "asc" or "desc", "order", "order vaut asc ou desc.")
            .Require(from is null || to is null || to >= from, "to", "to vient après from.")
            .RequirePlausible(from, "from")
            .RequirePlausible(to, "to");
        if (paging is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary().Concat(pagingErrors ?? []).ToDictionary());
        }

        var query = db.Events.AsNoTracking().Where(e => e.OrganiserId == partner || e.CoOrganiserIds.Contains(partner));
        if (codes.Length > 0)
        {
            var wanted = codes.Select(code => Statuses[code]).ToList();
            query = query.Where(e => wanted.Contains(e.Status));
        }

        if (from is { } start)
        {
            var since = start.ToUniversalTime();
            query = query.Where(e => e.EndsAt >= since);
        }

        if (to is { } end)
        {
            var until = end.ToUniversalTime();
            query = query.Where(e => e.StartsAt <= until);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered =
            order == "desc"
                ? query.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
                : query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id);
        var items = await ordered.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(
            new PagedList<EventResponse>([.. items.Select(EventResponse.From)], paging.Page, paging.PageSize, total)
        );
    }
}
