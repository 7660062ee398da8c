using System.ComponentModel.DataAnnotations;
using Network.Equipment.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Equipment.Api;

/// <summary>
/// The body of <c>POST /api/equipment</c> and <c>PUT /api/equipment/{id}</c>. Each field declares its own rules; those
/// of the kit's components, one by one, are <see cref="Check"/>. Every missing field is named at once.
/// </summary>
/// <param name="Name">The item's name, one line of at most 200 characters (required).</param>
/// <param name="Category">The kind of equipment (required).</param>
/// <param name="AssetTag">The owner's inventory tag.</param>
/// <param name="SerialNumber">The maker's serial number.</param>
/// <param name="Description">What the item is and holds; line breaks are kept.</param>
/// <param name="Condition">The item's state (good by default).</param>
/// <param name="Shareable">Whether other partners may borrow it (yes by default).</param>
/// <param name="LoanRules">How the item may be borrowed.</param>
/// <param name="Components">The parts lent with the item (charger, cables, case...), checked at hand-over and return:
/// each named once, on one line of at most 100 characters.</param>
public sealed record ItemRequest(
    [property: Required(ErrorMessage = "Le nom est obligatoire.")]
    [property: MaxLength(ItemLimits.Name, ErrorMessage = "Le nom fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Name = null,
    [property: Required(ErrorMessage = "La catégorie est obligatoire.")] EquipmentCategory? Category = null,
    [property: MaxLength(ItemLimits.Tag, ErrorMessage = "Le numéro d'inventaire fait au plus {1} caractères.")]
    [property: SingleLine]
        string? AssetTag = null,
    [property: MaxLength(ItemLimits.Tag, ErrorMessage = "Le numéro de série fait au plus {1} caractères.")]
    [property: SingleLine]
        string? SerialNumber = null,
    [property: MaxLength(ItemLimits.Description, ErrorMessage = "La description fait au plus {1} caractères.")]
    [property: MultiLine]
        string? Description = null,
    ItemCondition? Condition = null,
    bool? Shareable = null,
    LoanRulesRequest? LoanRules = null,
    [property: MaxLength(ItemLimits.Components, ErrorMessage = "Un kit compte au plus {1} éléments.")]
        IReadOnlyList<string>? Components = null
) : IRequestRules
{
    public const int DefaultMaxDays = 7;
    public const int DefaultBufferHours = 0;

    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var components = TrimmedComponents();
        errors
            .Require(
                components.All(c => c.Length is > 0 and <= ItemLimits.ComponentName),
                "components",
                $"Chaque élément du kit a un nom de 1 à {ItemLimits.ComponentName} caractères."
            )
            .RequireSingleLine(Components, "components")
            .Require(
                components.Distinct(StringComparer.OrdinalIgnoreCase).Count() == components.Count,
                "components",
                "Chaque élément du kit n'est nommé qu'une fois."
            );
    }

    /// <summary>The details of a request that passed its validation.</summary>
    public ItemDetails ToDetails()
    {
        var rules = LoanRules ?? new LoanRulesRequest();
        return new ItemDetails(
            Name!.Trim(),
            Category!.Value,
            Blank(AssetTag),
            Blank(SerialNumber),
            Blank(Description),
            Condition ?? ItemCondition.Good,
            Shareable ?? true,
            new LoanRules(
                rules.MaxDays ?? DefaultMaxDays,
                rules.BufferHours ?? DefaultBufferHours,
                rules.RequiresApproval ?? true
            ),
            TrimmedComponents()
        );
    }

    private List<string> TrimmedComponents() => Components?.Select(c => c?.Trim() ?? "").ToList() ?? [];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Absent fields take their defaults: 7 days, no buffer, approval required.</summary>
/// <param name="MaxDays">The longest loan, in days (1 to 365).</param>
/// <param name="BufferHours">Hours kept free between two loans, to check and charge the item (0 to 336).</param>
/// <param name="RequiresApproval">Whether the owner approves each reservation; otherwise it is approved at
/// once.</param>
public sealed record LoanRulesRequest(
    [property: Range(
        1,
        ItemLimits.MaxDays,
        ErrorMessage = "La durée maximale d'un prêt est comprise entre {1} et {2} jours."
    )]
        int? MaxDays = null,
    [property: Range(
        0,
        ItemLimits.MaxBufferHours,
        ErrorMessage = "Le battement entre deux prêts est compris entre {1} et {2} heures."
    )]
        int? BufferHours = null,
    bool? RequiresApproval = null
);
