using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// The one way an endpoint answers a problem other than invalid input: the status, a French <c>detail</c> saying what
/// happened, and the extensions of its kind. Type and title come from <see cref="ProblemKinds"/>.
/// </summary>
public static class Problem
{
    public const string CurrentStatus = "currentStatus";

    public static ProblemHttpResult NotFound(string? detail = null) => Of(StatusCodes.Status404NotFound, detail);

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, detail);

    /// <summary>409: the record's state forbids the action; <paramref name="currentStatus"/> names that state when it
    /// has one.</summary>
    public static ProblemHttpResult Conflict(
        string detail,
        string? currentStatus = null,
        IEnumerable<KeyValuePair<string, object?>>? extensions = null
    )
    {
        var all = new Dictionary<string, object?>(extensions ?? []);
        if (currentStatus is not null)
        {
            all[CurrentStatus] = currentStatus;
        }

        return Of(StatusCodes.Status409Conflict, detail, all);
    }

    /// <summary>412: the record changed since the caller read it (its ETag no longer matches).</summary>
    public static ProblemHttpResult Stale(string detail) => Of(StatusCodes.Status412PreconditionFailed, detail);

    private static ProblemHttpResult Of(int status, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(
            statusCode: status,
            detail: detail,
            extensions: extensions is { Count: > 0 } ? extensions : null
        );
}
