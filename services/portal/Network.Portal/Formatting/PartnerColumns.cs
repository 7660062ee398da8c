using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>A column of the per-structure table: its key in the address (<c>tri=</c>), its header, its cell, and the
/// value it sorts by (null for a text column, or for a figure withheld or without basis).</summary>
public sealed record PartnerColumn(
    string Key,
    string Label,
    Func<PartnerActivity, string> Text,
    Func<PartnerActivity, double?>? Value = null
)
{
    /// <summary>A figure, sorted from the highest; a text (name, commune) sorts from A to Z.</summary>
    public bool IsFigure => Value is not null;
}

/// <summary>
/// The per-structure table's columns and its order: by name by default, a text column from A to Z, a figure from the
/// highest; the rows whose figure is withheld come last, by name, so that their place says nothing of it.
/// </summary>
public static class PartnerColumns
{
    public const string ByName = "nom";

    /// <summary>A rate withheld, in a cell: the note under the table says why.</summary>
    public const string RateWithheld = "non affiché";

    private const string NoBasis = "sans objet";

    public static readonly IReadOnlyList<PartnerColumn> All =
    [
        new(ByName, "Structure", row => row.Name),
        new("commune", "Commune", row => row.Commune),
        Count("ateliers", "Ateliers publiés", row => row.Events.Published),
        Count("inscriptions", "Inscriptions", row => row.Events.Registrations),
        Count("presences", "Présences", row => row.Events.Attendance),
        new(
            "remplissage",
            "Taux de remplissage",
            row => Rate(row.Events.FillRate, row.Events.Suppressed),
            row => row.Events.FillRate
        ),
        Count("envoyees", "Orientations envoyées", row => row.ReferralsSent),
        Count("recues", "Orientations reçues", row => row.ReferralsReceived.Sent),
        Count("acceptees", "Orientations acceptées", row => row.ReferralsReceived.Accepted),
        new(
            "acceptation",
            "Taux d'acceptation",
            row => Rate(row.ReferralsReceived.AcceptanceRate, row.ReferralsReceived.Suppressed),
            row => row.ReferralsReceived.AcceptanceRate
        ),
        Count("prets", "Matériel prêté", row => row.Equipment.Lent),
        Count("emprunts", "Matériel emprunté", row => row.Equipment.Borrowed),
    ];

    /// <summary>The column of <paramref name="key"/>; the name's for an unknown key.</summary>
    public static PartnerColumn Of(string? key) => All.FirstOrDefault(column => column.Key == key) ?? All[0];

    public static IReadOnlyList<PartnerActivity> Sorted(IEnumerable<PartnerActivity> rows, PartnerColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var byName = StringComparer.Create(French.Culture, ignoreCase: true);
        if (column.Value is not { } value)
        {
            return [.. rows.OrderBy(column.Text, byName).ThenBy(row => row.Name, byName)];
        }

        return
        [
            .. rows.OrderBy(row => value(row) is null)
                .ThenByDescending(row => value(row) ?? 0)
                .ThenBy(row => row.Name, byName),
        ];
    }

    /// <summary>How a structure stands, when it is not simply a member: "en attente de validation", "suspendue",
    /// "archivée".</summary>
    public static string? StatusNote(string status) =>
        status switch
        {
            "pending" => "en attente de validation",
            "suspended" => "suspendue",
            "archived" => "archivée",
            _ => null,
        };

    private static string Rate(double? rate, bool suppressed) =>
        FigureText.Rate(rate, suppressed, NoBasis, RateWithheld);

    private static PartnerColumn Count(string key, string label, Func<PartnerActivity, int?> count) =>
        new(key, label, row => FigureText.Count(count(row)), row => count(row));
}
