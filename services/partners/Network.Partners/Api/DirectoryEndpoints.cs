using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Network.Partners.Domain;
using Network.Partners.Persistence;
using Network.Partners.Search;
using Network.Partners.Taxonomy;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Identity;

namespace Network.Partners.Api;

/// <summary>The public directory and what anyone may read of a partner.</summary>
internal static class DirectoryEndpoints
{
    public static void MapDirectoryEndpoints(this RouteGroupBuilder partners)
    {
        partners
            .MapGet("/", ListAsync)
            .AllowAnonymous()
            .WithSummary("The directory of active partners, filtered; with near, sorted by distance.")
            .WithDescription(
                "The coordinator may also list partners of another status (status=pending, to review applications) "
                    + "and the stale ones (stale=true)."
            );

        partners
            .MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithSummary(
                "A partner: anyone sees an active one; the coordinator and its own users see it in any status."
            );

        partners
            .MapGet("/{id:guid}/history", HistoryAsync)
            .WithSummary(
                "Every change of a partner's status, with who, when and why (coordinator and the partner's own users)."
            );

        partners
            .MapGet("/taxonomy", (PartnerTaxonomy taxonomy) =>
                TypedResults.Ok(
                    new TaxonomyResponse(
                        taxonomy.Kinds,
                        taxonomy.Services,
                        taxonomy.Publics,
                        taxonomy.Labels,
                        taxonomy.SupportModes,
                        taxonomy.AccessModes
                    )
                )
            )
            .AllowAnonymous()
            .WithSummary(
                "The vocabularies of the national standard, each term a kebab-case code and its French label."
            );
    }

    private static async Task<Results<Ok<PagedList<PartnerResponse>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        [AsParameters] DirectoryQuery query,
        PartnerTaxonomy taxonomy,
        [AsParameters] PartnerContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, _, caller, options) = context;
        var errors = query.Validate(taxonomy);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (
            ((query.StatusFilter ?? PartnerStatus.Active) != PartnerStatus.Active || query.Stale is not null)
            && !caller.IsCoordinator
        )
        {
            return TypedResults.Forbid();
        }

        var now = time.GetUtcNow();
        var partners = Filter(db.Partners.AsNoTracking(), query, now - options.Value.StaleAfter);
        var paging = query.Paging;
        List<PartnerResponse> page;
        int total;
        if (query.Point is { } point)
        {
            // Distances are computed on coordinates alone; only the page's partners are then loaded whole.
            var located = await Nearest(partners, point, query.RadiusKm)
                .Select(partner => new
                {
                    partner.Id,
                    Latitude = partner.Address.Latitude!.Value,
                    Longitude = partner.Address.Longitude!.Value,
                })
                .ToListAsync(cancellationToken);
            var ranked = located
                .Select(entry =>
                    (
                        entry.Id,
                        Distance: GreatCircle.DistanceKm(
                            point.Latitude,
                            point.Longitude,
                            entry.Latitude,
                            entry.Longitude
                        )
                    )
                )
                .Where(entry => query.RadiusKm is not { } radius || entry.Distance <= radius)
                .OrderBy(entry => entry.Distance)
                .ThenBy(entry => entry.Id)
                .ToList();
            total = ranked.Count;
            var pageIds = ranked.Skip(paging.Skip).Take(paging.PageSize).ToList();
            var ids = pageIds.Select(entry => entry.Id).ToList();
            var loaded = await db
                .Partners.AsNoTracking()
                .Where(partner => ids.Contains(partner.Id))
                .ToDictionaryAsync(partner => partner.Id, cancellationToken);
            page =
            [
                .. pageIds.Select(entry =>
                    Response(loaded[entry.Id], caller, now, options.Value) with
                    {
                        DistanceKm = Math.Round(entry.Distance, 3),
                    }
                ),
            ];
        }
        else
        {
            total = await partners.CountAsync(cancellationToken);
            var found = await partners
                .OrderBy(partner => partner.Name)
                .ThenBy(partner => partner.Id)
                .Skip(paging.Skip)
                .Take(paging.PageSize)
                .ToListAsync(cancellationToken);
            page = [.. found.Select(partner => Response(partner, caller, now, options.Value))];
        }

        return TypedResults.Ok(new PagedList<PartnerResponse>(page, paging.Page, paging.PageSize, total));
    }

    private static IQueryable<Partner> Filter(
        IQueryable<Partner> partners,
        DirectoryQuery query,
        DateTimeOffset staleBefore
    )
    {
        var status = query.StatusFilter ?? PartnerStatus.Active;
        partners = partners.Where(partner => partner.Status == status);
        if (query.Stale is { } stale)
        {
            partners = stale
                ? partners.Where(partner => partner.UpdatedAt < staleBefore)
                : partners.Where(partner => partner.UpdatedAt >= staleBefore);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var terms = SearchTerms.Normalize(query.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var term in terms)
            {
                partners = partners.Where(partner => partner.SearchText.Contains(term));
            }
        }

        if (query.Commune is { } commune)
        {
            var key = SearchTerms.Normalize(commune.Trim());
            partners = partners.Where(partner => partner.CommuneKey == key);
        }

        if (query.PostalCode is { } postalCode)
        {
            partners = partners.Where(partner => partner.Address.PostalCode == postalCode);
        }

        if (query.Kind is { } kind)
        {
            partners = partners.Where(partner => partner.Kind == kind);
        }

        if (query.Service is { } service)
        {
            partners = partners.Where(partner => partner.Services.Contains(service));
        }

        if (query.Public is { } audience)
        {
            partners = partners.Where(partner => partner.Publics.Contains(audience));
        }

        if (query.Label is { } label)
        {
            partners = partners.Where(partner => partner.Labels.Contains(label));
        }

        return partners;
    }

    /// <summary>Partners located in the box around the circle (all located ones without a radius).</summary>
    private static IQueryable<Partner> Nearest(
        IQueryable<Partner> partners,
        (double Latitude, double Longitude) point,
        double? radiusKm
    )
    {
        var located = partners.Where(partner => partner.Address.Latitude != null && partner.Address.Longitude != null);
        if (radiusKm is not { } radius)
        {
            return located;
        }

        var (minLatitude, maxLatitude, minLongitude, maxLongitude) = GreatCircle.BoundingBox(
            point.Latitude,
            point.Longitude,
            radius
        );
        return located.Where(partner =>
            partner.Address.Latitude >= minLatitude
            && partner.Address.Latitude <= maxLatitude
            && partner.Address.Longitude >= minLongitude
            && partner.Address.Longitude <= maxLongitude
        );
    }

    private static async Task<Results<Ok<PartnerResponse>, NotFound>> GetAsync(
        Guid id,
        [AsParameters] PartnerContext context,
        CancellationToken cancellationToken
    )
    {
        var (db, time, http, caller, options) = context;
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null || !partner.IsVisibleTo(caller.IsCoordinator, caller.PartnerIds))
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(partner.Version);
        return TypedResults.Ok(Response(partner, caller, time.GetUtcNow(), options.Value));
    }

    private static async Task<Results<Ok<IEnumerable<PartnerHistoryEntry>>, NotFound>> HistoryAsync(
        Guid id,
        PartnersDbContext db,
        Caller caller,
        CancellationToken cancellationToken
    )
    {
        var partner = await db
            .Partners.AsNoTracking()
            .Include(p => p.History)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null || !(caller.IsCoordinator || caller.PartnerIds.Contains(id)))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(
            partner
                .History.OrderBy(change => change.At)
                .Select(change => new PartnerHistoryEntry(change.From, change.To, change.Reason, change.By, change.At))
        );
    }

    internal static PartnerResponse Response(
        Partner partner,
        Caller caller,
        DateTimeOffset now,
        PartnersOptions options
    ) =>
        caller.IsCoordinator
            ? PartnerResponse.From(partner) with
            {
                Stale = partner.IsStale(now, options.StaleAfter),
                Applicant = partner.AppliedBy is { } applicant
                    ? new ApplicantResponse(applicant, partner.AppliedByName)
                    : null,
            }
            : PartnerResponse.From(partner);
}
