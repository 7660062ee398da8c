using Microsoft.AspNetCore.Http.HttpResults;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;

namespace Network.Referrals.Api;

/// <summary>The answers the referrals endpoints share.</summary>
internal static class ReferralProblems
{
    /// <summary>409: the referral's status forbids the step; the problem names the current status.</summary>
    public static ProblemHttpResult Conflict(ReferralStatus status, string action) =>
        Problem.Conflict(
            $"Une orientation au statut « {WireCode.Of(status)} » ne peut pas {action}.",
            WireCode.Of(status)
        );

    /// <summary>409: the personal data is gone; nothing personal may be added again.</summary>
    public static ProblemHttpResult Erased() =>
        Problem.Conflict(
            "Les données personnelles de cette orientation ont été effacées : elle ne reçoit plus de commentaire."
        );

    public static ProblemHttpResult Stale() =>
        Problem.Stale("Relisez l'orientation puis renvoyez votre action avec le nouvel ETag.");

    public static ProblemHttpResult ChangedMeanwhile() =>
        Problem.Conflict("L'orientation vient d'être modifiée par quelqu'un d'autre : relisez-la puis réessayez.");

    /// <summary>A user with several partners who named none: 400 on <c>X-Partner-Id</c>; anybody else without a
    /// partner: 404.</summary>
    public static Results<ValidationProblem, NotFound> NoActingPartner(Caller caller) =>
        caller.MustNamePartner ? ActingPartner.NotNamed() : TypedResults.NotFound();
}
