namespace Network.Portal.Api;

/// <summary>An item as its owner registers or edits it, with its loan rules; the API checks it and names the fields at
/// fault.</summary>
public sealed class ItemForm
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Condition { get; set; } = "good";

    public string? AssetTag { get; set; }

    public string? SerialNumber { get; set; }

    public string? Description { get; set; }

    public bool Shareable { get; set; } = true;

    public int? MaxDays { get; set; } = 7;

    public int? BufferHours { get; set; } = 0;

    public bool RequiresApproval { get; set; } = true;

    /// <summary>The parts of a kit, one a line.</summary>
    public string? Components { get; set; }

    /// <summary>Drawn when the registration form is shown: the same form posted twice registers one item.</summary>
    public string? RequestKey { get; set; }

    /// <summary>The item's version (<c>ETag</c>) the edit form was filled from.</summary>
    public string? Version { get; set; }

    public static ItemForm Of(EquipmentItem item, string? version)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemForm
        {
            Name = item.Name,
            Category = item.Category,
            Condition = item.Condition,
            AssetTag = item.AssetTag,
            SerialNumber = item.SerialNumber,
            Description = item.Description,
            Shareable = item.Shareable,
            MaxDays = item.LoanRules.MaxDays,
            BufferHours = item.LoanRules.BufferHours,
            RequiresApproval = item.LoanRules.RequiresApproval,
            Components = string.Join('\n', item.Components),
            Version = version,
        };
    }

    internal object ToBody() =>
        new
        {
            name = FormValue.Of(Name),
            category = FormValue.Of(Category),
            assetTag = FormValue.Of(AssetTag),
            serialNumber = FormValue.Of(SerialNumber),
            description = FormValue.Of(Description),
            condition = FormValue.Of(Condition),
            shareable = Shareable,
            loanRules = new
            {
                maxDays = MaxDays,
                bufferHours = BufferHours,
                requiresApproval = RequiresApproval,
            },
            components = (Components ?? "")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToList(),
        };
}
