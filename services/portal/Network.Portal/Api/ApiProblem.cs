using System.Text.Json.Serialization;

namespace Network.Portal.Api;

/// <summary>An RFC 9457 problem the API answered with, and the wait it asked for when it was 429.</summary>
public sealed record ApiProblem(
    int Status,
    string? Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]>? Errors
)
{
    [JsonIgnore]
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The record's state when a 409 says that state forbids the action.</summary>
    public string? CurrentStatus { get; init; }

    /// <summary>The loan a refused reservation would overlap, when a 409 names it.</summary>
    public LoanWindow? Conflict { get; init; }

    /// <summary>412: the record changed since the page read it; the page shows the new version.</summary>
    [JsonIgnore]
    public bool IsStale => Status == 412;

    /// <summary>A problem the portal finds itself before calling the API, named with the API's field paths.</summary>
    public static ApiProblem Invalid(IEnumerable<(string Field, string Message)> errors) =>
        new(
            400,
            null,
            null,
            errors
                .GroupBy(error => error.Field)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray())
        );

    /// <summary>The messages about one field of the request, whatever the case the API wrote its name in.</summary>
    public IReadOnlyList<string> For(string field) =>
        Errors
            ?.Where(error => string.Equals(error.Key, field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(error => error.Value)
            .ToList()
        ?? [];
}

/// <summary>An answer of the API: the value and its version (the <c>ETag</c> a later <c>If-Match</c> sends back), or
/// the problem.</summary>
public sealed record ApiAnswer<T>(T? Value, ApiProblem? Problem)
{
    public string? ETag { get; init; }

    public bool Succeeded => Problem is null;
}
