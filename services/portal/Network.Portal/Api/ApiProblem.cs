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

    /// <summary>The messages about one field of the request, whatever the case the API wrote its name in.</summary>
    public IReadOnlyList<string> For(string field) =>
        Errors
            ?.Where(error => string.Equals(error.Key, field, StringComparison.OrdinalIgnoreCase))
            .SelectMany(error => error.Value)
            .ToList()
        ?? [];
}

/// <summary>An answer of the API: the value, or the problem.</summary>
public sealed record ApiAnswer<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
