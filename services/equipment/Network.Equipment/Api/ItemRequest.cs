using Network.Equipment.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Equipment.Api;

/// <summary>The body of <c>POST /api/equipment</c> and <c>PUT /api/equipment/{id}</c>; every missing field is named at
/// once.</summary>
/// <param name="Name">The item's name, one line (required).</param>
/// <param name="Category">The kind of equipment (required).</param>
/// <param name="AssetTag">The owner's inventory tag.</param>
/// <param name="SerialNumber">The maker's serial number.</param>
/// <param name="Description">What the item is and holds; line breaks are kept.</param>
/// <param name="Condition">The item's state (required).</param>
/// <param name="Shareable">Whether other partners may borrow it (required).</param>
/// <param name="LoanRules">How the item may be borrowed (required when shareable).</param>
/// <param name="Components">The parts lent with the item (charger, cables, case...), checked at hand-over and
/// return.</param>
public sealed record ItemRequest(
    string? Name = null,
    EquipmentCategory? Category = null,
    string? AssetTag = null,
    string? SerialNumber = null,
    string? Description = null,
    ItemCondition? Condition = null,
    bool? Shareable = null,
    LoanRulesRequest? LoanRules = null,
    IReadOnlyList<string>? Components = null
)
{
    public const int DefaultMaxDays = 7;
    public const int DefaultBufferHours = 0;

    public (ItemDetails? Details, ValidationErrors Errors) Validate()
    {
        var components = Components?.Select(c => c?.Trim() ?? "").ToList() ?? [];
        var rules = LoanRules ?? new LoanRulesRequest();
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), "name", "Le nom est obligatoire.")
            .Require(
                Name is null || Name.Trim().Length <= ItemLimits.Name,
                "name",
                $"Le nom fait au plus {ItemLimits.Name} caractères."
            )
            .RequireSingleLine(Name, "name")
            .Require(Category is not null, "category", "La catégorie est obligatoire.")
            .Require(
                AssetTag is null || AssetTag.Trim().Length <= ItemLimits.Tag,
                "assetTag",
                $"Le numéro d'inventaire fait au plus {ItemLimits.Tag} caractères."
            )
            .RequireSingleLine(AssetTag, "assetTag")
            .Require(
                SerialNumber is null || SerialNumber.Trim().Length <= ItemLimits.Tag,
                "serialNumber",
                $"Le numéro de série fait au plus {ItemLimits.Tag} caractères."
            )
            .RequireSingleLine(SerialNumber, "serialNumber")
            .Require(
                Description is null || Description.Length <= ItemLimits.Description,
                "description",
                $"La description fait au plus {ItemLimits.Description} caractères."
            )
            .RequireMultiLine(Description, "description")
            .Require(
                rules.MaxDays is null or (>= 1 and <= ItemLimits.MaxDays),
                "loanRules.maxDays",
                $"La durée maximale d'un prêt est comprise entre 1 et {ItemLimits.MaxDays} jours."
            )
            .Require(
                rules.BufferHours is null or (>= 0 and <= ItemLimits.MaxBufferHours),
                "loanRules.bufferHours",
                $"Le battement entre deux prêts est compris entre 0 et {ItemLimits.MaxBufferHours} heures."
            )
            .Require(
                components.Count <= ItemLimits.Components,
                "components",
                $"Un kit compte au plus {ItemLimits.Components} éléments."
            )
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
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        return (
            new ItemDetails(
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
                components
            ),
            errors
        );
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Absent fields take their defaults: 7 days, no buffer, approval required.</summary>
/// <param name="MaxDays">The longest loan, in days.</param>
/// <param name="BufferHours">Hours kept free between two loans, to check and charge the item.</param>
/// <param name="RequiresApproval">Whether the owner approves each reservation; otherwise it is approved at
/// once.</param>
public sealed record LoanRulesRequest(int? MaxDays = null, int? BufferHours = null, bool? RequiresApproval = null);
