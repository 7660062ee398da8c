using System.Text.Json;
using System.Text.RegularExpressions;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>
/// What the contract promises for a request it rejects: a 4xx status (never 5xx, never 2xx), an RFC 9457
/// <c>application/problem+json</c> body whose status is the response's, with the platform's type and a title, and
/// nothing of the server's insides in it.
/// </summary>
public static partial class ProblemRule
{
    /// <summary>Every problem the platform answers has a type of its own (README, "Problems").</summary>
    private const string TypePrefix = "urn:network:problem:";

    /// <summary>What is wrong with the response, or null when it keeps the rule.</summary>
    public static string? Breach(HostileResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status is < 400 or > 499)
        {
            return $"status {response.Status}";
        }

        if (response.ContentType != "application/problem+json")
        {
            return $"{response.Status} with content type {response.ContentType ?? "(none)"}";
        }

        try
        {
            using var problem = JsonDocument.Parse(response.Body);
            if (
                problem.RootElement.ValueKind != JsonValueKind.Object
                || !problem.RootElement.TryGetProperty("status", out var status)
                || status.ValueKind != JsonValueKind.Number
                || status.GetInt32() != response.Status
            )
            {
                return $"{response.Status} with a problem body whose status is not {response.Status}";
            }

            if (
                !problem.RootElement.TryGetProperty("type", out var type)
                || type.GetString()?.StartsWith(TypePrefix, StringComparison.Ordinal) != true
                || !problem.RootElement.TryGetProperty("title", out var title)
                || string.IsNullOrWhiteSpace(title.GetString())
            )
            {
                return $"{response.Status} with a problem body without the platform's type ({TypePrefix}…) and title";
            }
        }
        catch (JsonException)
        {
            return $"{response.Status} with a body that is not JSON";
        }

        return Insides().Match(response.Body) is { Success: true } leak
            ? $"{response.Status} revealing «{leak.Value}»"
            : null;
    }

    /// <summary>Exception type names, stack frames, source lines and the platform's own type names.</summary>
    [GeneratedRegex(@"\b\w*Exception\b|\bat [\w.`<>]+\(|\.cs:line \d+|\b(System|Microsoft|Network)\.[A-Z]\w*(\.\w+)*")]
    private static partial Regex Insides();
}
