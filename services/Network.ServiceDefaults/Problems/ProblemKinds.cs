using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;

namespace Network.ServiceDefaults.Problems;

/// <summary>
/// The kinds of problem every deployable answers, one per status: a stable <c>type</c> (<c>urn:network:problem:…</c>)
/// and a French <c>title</c> that says what kind of problem it is. The <c>detail</c> says what happened this time.
/// Every problem written through ASP.NET Core's problem details service takes them (see README, "Problems").
/// </summary>
public static class ProblemKinds
{
    public const string TypePrefix = "urn:network:problem:";

    private static readonly FrozenDictionary<int, (string Kind, string Title)> ByStatus = new Dictionary<
        int,
        (string, string)
    >
    {
        [400] = ("invalid-request", "La demande contient des erreurs."),
        [401] = ("authentication-required", "Connexion requise."),
        [403] = ("forbidden", "Action non autorisée."),
        [404] = ("not-found", "Introuvable."),
        [405] = ("method-not-allowed", "Méthode non prise en charge."),
        [409] = ("conflict", "L'état actuel ne permet pas cette action."),
        [412] = ("stale", "La ressource a changé depuis votre lecture."),
        [413] = ("too-large", "La demande est trop volumineuse."),
        [415] = ("unsupported-media-type", "Format de contenu non pris en charge."),
        [422] = ("idempotency-key-reused", "Clé d'idempotence déjà utilisée pour une autre demande."),
        [429] = ("too-many-requests", "Trop de demandes."),
        [500] = ("internal-error", "Erreur interne du service."),
        [502] = ("upstream-refused", "Un service dont celui-ci dépend a refusé la demande."),
        [503] = ("unavailable", "Service momentanément indisponible."),
    }.ToFrozenDictionary();

    /// <summary>Every kind, by status, as the README lists them.</summary>
    public static IReadOnlyDictionary<int, (string Kind, string Title)> All => ByStatus;

    /// <summary>The <c>type</c> of a problem of <paramref name="status"/>; null for a status without a kind.</summary>
    public static string? TypeOf(int status) =>
        ByStatus.TryGetValue(status, out var kind) ? TypePrefix + kind.Kind : null;

    /// <summary>Gives <paramref name="problem"/> the type and title of its status.</summary>
    public static void Apply(ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status is { } status && ByStatus.TryGetValue(status, out var kind))
        {
            problem.Type = TypePrefix + kind.Kind;
            problem.Title = kind.Title;
        }
    }
}
