using Microsoft.AspNetCore.Http.HttpResults;
using Network.Partners.Domain;

namespace Network.Partners.Api;

internal static class Problems
{
    /// <summary>409: the partner's status forbids the action; the problem names the status.</summary>
    public static ProblemHttpResult Conflict(PartnerStatus status, string action)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The partner's status forbids this action.",
            detail: $"Un partenaire au statut « {status.ToString().ToLowerInvariant()} » ne peut pas {action}.",
            extensions: new Dictionary<string, object?> { ["status"] = StatusCodes.Status409Conflict, ["currentStatus"] = status.ToString().ToLowerInvariant() });

    /// <summary>412: someone changed the partner since the client read it.</summary>
    public static ProblemHttpResult Stale()
        => TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The partner has changed since you read it.",
            detail: "Relisez le profil (GET) puis renvoyez votre modification avec le nouvel ETag.");
}
