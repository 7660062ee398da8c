using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>
/// A structure's place in the network as the coordinator says it. The partners service gives statuses as codes only,
/// with no labels: these are the portal's.
/// </summary>
public static class StructureWords
{
    /// <summary>Each status, in the order of a structure's life: its code, the word of the page's address
    /// (<c>statut=</c>), the list's name, the badge's text and tone.</summary>
    public static readonly IReadOnlyList<StructureState> States =
    [
        new("pending", "demandes", "Demandes d'adhésion", "Demande en attente", BadgeTone.Few),
        new("active", "actives", "Actives", "Active", BadgeTone.Open),
        new("suspended", "suspendues", "Suspendues", "Suspendue", BadgeTone.Cancelled),
        new("archived", "archivees", "Archivées", "Archivée", BadgeTone.Neutral),
    ];

    public static StructureState StateOf(string status) =>
        States.FirstOrDefault(state => state.Code == status) ?? new(status, status, status, status, BadgeTone.Neutral);

    /// <summary>The status a page's <c>statut=</c> names; the applications when it names none, or a word it does not
    /// know.</summary>
    public static StructureState StateOfSlug(string? slug) =>
        States.FirstOrDefault(state => state.Slug == slug) ?? States[0];

    /// <summary>What a change of status did, in words: "Demande d'adhésion", "Approuvée", "Suspendue".</summary>
    public static string Step(StructureStatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return (change.From, change.To) switch
        {
            (null, "pending") => "Demande d'adhésion reçue",
            (null, _) => "Inscrite par la coordination",
            ("pending", "active") => "Demande approuvée : la structure rejoint le réseau",
            ("suspended", "active") => "Réactivée",
            (_, "suspended") => "Suspendue",
            ("pending", "archived") => "Demande refusée et archivée",
            (_, "archived") => "Archivée : la structure a quitté le réseau",
            _ => $"{StateOf(change.From).Badge} → {StateOf(change.To).Badge}",
        };
    }
}

/// <param name="Code">The API's status.</param>
/// <param name="Slug">The word of the page's address.</param>
/// <param name="Label">The filter's and the list's name.</param>
/// <param name="Badge">The badge of one structure.</param>
/// <param name="Tone">The badge's colour.</param>
public sealed record StructureState(string Code, string Slug, string Label, string Badge, BadgeTone Tone);
