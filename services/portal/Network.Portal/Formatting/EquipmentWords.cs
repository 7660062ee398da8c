using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>
/// The words of the shared equipment. The equipment service gives its categories, conditions and states as codes
/// only, with no labels to read: these are the portal's, as staff say them.
/// </summary>
public static class EquipmentWords
{
    public static readonly IReadOnlyList<CodeLabel> Categories =
    [
        new("laptop", "Ordinateur portable"),
        new("tablet", "Tablette"),
        new("smartphone", "Smartphone"),
        new("projector", "Vidéoprojecteur"),
        new("radio-kit", "Kit radio"),
        new("camera", "Appareil photo, caméra"),
        new("printer-3d", "Imprimante 3D"),
        new("hotspot", "Routeur 4G, partage de connexion"),
        new("other", "Autre matériel"),
    ];

    public static readonly IReadOnlyList<CodeLabel> Conditions =
    [
        new("good", "Bon état"),
        new("fair", "État correct, traces d'usage"),
        new("damaged", "Abîmé, à réparer"),
    ];

    public static string Category(string code) => Taxonomy.LabelOf(Categories, code);

    public static string Condition(string code) => Taxonomy.LabelOf(Conditions, code);

    /// <summary>An item's state on its badge.</summary>
    public static (string Text, BadgeTone Tone) Status(string status) =>
        status switch
        {
            "available" => ("Disponible", BadgeTone.Open),
            "maintenance" => ("En maintenance", BadgeTone.Few),
            "retired" => ("Retiré du parc", BadgeTone.Neutral),
            _ => (status, BadgeTone.Neutral),
        };

    /// <summary>"Prêté 14 jours au plus", "1 jour de battement" and who says yes, in one list.</summary>
    public static IReadOnlyList<string> Rules(EquipmentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var rules = item.LoanRules;
        var lines = new List<string>
        {
            $"Prêté {rules.MaxDays} {French.Plural(rules.MaxDays, "jour", "jours")} au plus.",
            rules.RequiresApproval
                ? $"Chaque demande attend l'accord de {item.OwnerName ?? "la structure qui le prête"}."
                : "Réservé dès la demande, sans attendre d'accord.",
        };
        if (rules.BufferHours > 0)
        {
            lines.Add(
                $"{rules.BufferHours} h gardées libres avant et après chaque prêt, pour le vérifier et le recharger."
            );
        }

        return lines;
    }
}
