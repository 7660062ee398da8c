using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Replicas;

/// <summary>
/// The contract's rule for a structure that left or was put on hold, the same in every service: the staff of an
/// archived partner get 404 on the routes that carry residents' data or act for the partner (referrals, attendee
/// lists, equipment actions); a suspended partner's staff may read them (GET, HEAD), not act (403). The partner's
/// status is the service's replica of it; a partner the replica does not know yet is not held back here. A user of
/// several partners who names none is told to name one (400 on <c>X-Partner-Id</c>) before anything else of an action.
/// </summary>
public static class PartnerStanding
{
    public const string Archived = "archived";
    public const string Suspended = "suspended";

    /// <summary>Holds the routes of <paramref name="builder"/> (an endpoint or a group) to the acting partner's
    /// standing.</summary>
    public static TBuilder RequirePartnerStanding<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(StandingRequired.Instance);
    }

    /// <summary>
    /// Holds the routes of <paramref name="builder"/> to an acting partner that is active: the staff of a partner that
    /// is pending, suspended, archived or not yet known here get 403 before their request is read.
    /// </summary>
    public static TBuilder RequireActivePartner<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(StandingRequired.Active);
    }

    /// <summary>
    /// Checked once the caller is known and before anything else reads the request: a partner that may not act here
    /// learns nothing from validation either.
    /// </summary>
    internal static IApplicationBuilder UsePartnerStanding(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                if (
                    context.GetEndpoint()?.Metadata.GetMetadata<StandingRequired>() is { } required
                    && await RefusalAsync(context, required) is { } refusal
                )
                {
                    await refusal.ExecuteAsync(context);
                    return;
                }

                await next(context);
            }
        );

    private static async Task<IResult?> RefusalAsync(HttpContext context, StandingRequired required)
    {
        var caller = context.GetCaller();
        var reads = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (caller.MustNamePartner && !reads)
        {
            // Said before the body is validated: the header is what the request lacks first.
            return ActingPartner.NotNamed();
        }

        if (caller.StaffPartnerId is not { } partner)
        {
            return null;
        }

        var db = context.RequestServices.GetRequiredService<ServiceDbContext>();
        var status = await db.Set<PartnerReplica>()
            .AsNoTracking()
            .Where(p => p.Id == partner)
            .Select(p => p.Status)
            .FirstOrDefaultAsync(context.RequestAborted);
        return required.ActiveOnly && status != "active"
            ? Problem.Forbidden("Seule une structure active du réseau peut faire cela.")
            : Answer(status, reads);
    }

    /// <summary>The refusal a partner of <paramref name="status"/> gets, for a read or an action, or null.</summary>
    private static ProblemHttpResult? Answer(string? status, bool reads) =>
        status switch
        {
            Archived => Problem.NotFound(
                "Votre structure a quitté le réseau : ses orientations, ses listes d'inscrits et son matériel ne "
                    + "sont plus accessibles."
            ),
            Suspended when !reads => Problem.Forbidden(
                "Votre structure est suspendue : vous pouvez consulter ses dossiers, pas agir. Contactez la "
                    + "coordination régionale."
            ),
            _ => null,
        };

    private sealed record StandingRequired(bool ActiveOnly)
    {
        public static readonly StandingRequired Instance = new(ActiveOnly: false);

        public static readonly StandingRequired Active = new(ActiveOnly: true);
    }
}
