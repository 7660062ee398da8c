using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>What an API problem says to the person in front of the form, in French, next to the field it
/// names.</summary>
public static class ProblemText
{
    /// <summary>The lines of an error summary: each error of a known field linked to it, anything else on its
    /// own.</summary>
    /// <param name="fields">The API's field names, and the ids of the page's fields they are shown beside.</param>
    public static IReadOnlyList<(string? Field, string Message)> Summary(
        ApiProblem? problem,
        IReadOnlyDictionary<string, string> fields
    )
    {
        if (problem is null)
        {
            return [];
        }

        if (problem.Errors is not { Count: > 0 } errors)
        {
            return [(null, Sentence(problem))];
        }

        return errors
            .SelectMany(error => error.Value.Select(message => (FieldOf(fields, error.Key), message)))
            .ToList();
    }

    private static string? FieldOf(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.FirstOrDefault(field => string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>A problem that names no field, in a sentence that says what to do.</summary>
    public static string Sentence(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Status switch
        {
            429 => $"Vous avez fait beaucoup de demandes en peu de temps. Réessayez {Wait(problem.RetryAfter)}.",
            412 => "Quelqu'un d'autre l'a modifié pendant que vous le modifiiez : relisez la nouvelle version avant "
                + "d'enregistrer de nouveau.",
            // The API's detail names the state in its wire code: the page, which shows the state in words, says the
            // rest.
            409 when problem.CurrentStatus is not null =>
                "Ce n'est plus possible dans son état actuel : quelqu'un l'a sans doute changé entre-temps. "
                    + "Rechargez la page pour voir où il en est.",
            404 => "Ce que vous cherchez n'existe pas ou plus.",
            403 => "Vous n'avez pas le droit de faire cette action.",
            401 => "Votre session a pris fin. Connectez-vous de nouveau.",
            _ => problem.Detail ?? problem.Title ?? "Votre demande n'a pas pu être traitée. Réessayez dans un moment.",
        };
    }

    private static string Wait(TimeSpan? retryAfter)
    {
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        if (seconds < 60)
        {
            return $"dans {seconds} {French.Plural(seconds, "seconde", "secondes")}";
        }

        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return $"dans {minutes} {French.Plural(minutes, "minute", "minutes")}";
    }
}
