using Network.Portal.Api;

namespace Network.Portal.Forms;

/// <summary>
/// The errors of a form, from the API's problem (or the portal's own checks, written as one): each beside the field the
/// page shows for its API path, and all of them in the summary at the top, linked to those fields.
/// </summary>
public sealed class FormErrors
{
    public static readonly FormErrors None = new(null, new Dictionary<string, string>());

    /// <param name="problem">The API's answer, or null when all went well.</param>
    /// <param name="fields">The API's field paths (<c>title</c>, <c>location.name</c>, <c>recurrence.count</c>) and the
    /// ids of the page's fields.</param>
    /// <param name="wording">What the page says instead of the API for a path whose message names codes a person does
    /// not know.</param>
    public FormErrors(
        ApiProblem? problem,
        IReadOnlyDictionary<string, string> fields,
        IReadOnlyDictionary<string, string>? wording = null
    )
    {
        if (problem?.Errors is { } errors && wording is not null)
        {
            problem = problem with
            {
                Errors = errors.ToDictionary(
                    error => error.Key,
                    error => wording.TryGetValue(error.Key, out var said) ? [said] : error.Value
                ),
            };
        }

        Problem = problem;
        Summary = Formatting.ProblemText.Summary(problem, fields);
    }

    public ApiProblem? Problem { get; }

    public IReadOnlyList<(string? Field, string Message)> Summary { get; }

    public bool Any => Summary.Count > 0;

    /// <summary>The messages shown beside the page's field <paramref name="fieldId"/>.</summary>
    public IReadOnlyList<string> For(string fieldId) =>
        Summary.Where(line => line.Field == fieldId).Select(line => line.Message).ToList();
}
