using Microsoft.AspNetCore.Http.HttpResults;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Identity;

namespace Network.Referrals.Api;

/// <summary>The answers the referrals endpoints share.</summary>
internal static class ReferralProblems
{
    /// <summary>409: the referral's status forbids the step; the problem names the current status.</summary>
    public static ProblemHttpResult Conflict(ReferralStatus status, string action)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The referral's status forbids this action.",
            detail: $"Une orientation au statut « {Codes.Of(status)} » ne peut pas {action}.",
            extensions: new Dictionary<string, object?> { ["currentStatus"] = Codes.Of(status) });

    /// <summary>409: the personal data is gone; nothing personal may be added again.</summary>
    public static ProblemHttpResult Erased()
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The referral's personal data has been erased.",
            detail: "Les données personnelles de cette orientation ont été effacées : elle ne reçoit plus de commentaire.");

    public static ProblemHttpResult Stale()
        => TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The referral has changed since you read it.",
            detail: "Relisez l'orientation puis renvoyez votre action avec le nouvel ETag.");

    public static ProblemHttpResult ChangedMeanwhile()
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The referral changed meanwhile; read it again and retry.",
            detail: "L'orientation vient d'être modifiée par quelqu'un d'autre : relisez-la puis réessayez.");

    public static ProblemHttpResult Forbidden(string detail)
        => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for your role or side of the referral.", detail: detail);

    /// <summary>A user with several partners who named none: 400 on <c>X-Partner-Id</c>; anybody else without a partner: 404.</summary>
    public static IResult NoActingPartner(Caller caller)
        => caller.MustNamePartner
            ? ActingPartner.NotNamed()
            : TypedResults.NotFound();
}
