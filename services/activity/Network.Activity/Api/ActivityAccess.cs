using Microsoft.AspNetCore.Http.HttpResults;
using Network.Activity.Queries;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Activity.Api;

/// <summary>The coordinator sees the whole network; a partner's users see their own partner only.</summary>
internal static class ActivityAccess
{
    /// <summary>The filter the caller may use: a partner user's is pinned to the partner they act for; null when
    /// refused.</summary>
    public static ActivityFilter? Scope(Caller caller, ActivityFilter filter)
    {
        if (caller.IsCoordinator)
        {
            return filter;
        }

        if (caller.ActingPartnerId is not { } partner || !caller.IsStaffOf(partner))
        {
            return null;
        }

        return filter.PartnerId is null || filter.PartnerId == partner ? filter with { PartnerId = partner } : null;
    }

    /// <summary>400 naming <c>X-Partner-Id</c> to a user of several partners who named none; 403 to anybody
    /// else.</summary>
    public static Results<ValidationProblem, ProblemHttpResult> Refused(Caller caller) =>
        caller.MustNamePartner
            ? ActingPartner.NotNamed()
            : Problem.Forbidden(
                "Le coordinateur voit tout le réseau ; les équipes d'un partenaire ne voient que l'activité de leur "
                    + "propre structure."
            );
}
