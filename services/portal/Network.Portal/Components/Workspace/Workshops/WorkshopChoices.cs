using Network.Portal.Api;

namespace Network.Portal.Components.Workspace.Workshops;

/// <summary>The choices a workshop's form offers, with the API's labels: themes, publics, accessibility, the other
/// structures.</summary>
public sealed record WorkshopChoices(
    IReadOnlyList<CodeLabel> Categories,
    IReadOnlyList<CodeLabel> Publics,
    IReadOnlyList<CodeLabel> Accessibility,
    IReadOnlyList<CodeLabel> Partners
)
{
    public static async Task<WorkshopChoices> LoadAsync(
        WorkshopsClient workshops,
        StructuresClient structures,
        Guid organiserId
    )
    {
        ArgumentNullException.ThrowIfNull(workshops);
        ArgumentNullException.ThrowIfNull(structures);
        var directory = await structures.DirectoryAsync();
        return new WorkshopChoices(
            await workshops.CategoriesAsync(),
            (await structures.TaxonomyAsync()).Publics,
            await workshops.AccessibilityAsync(),
            [
                .. directory
                    .Where(structure => structure.Id != organiserId)
                    .Select(structure => new CodeLabel(
                        structure.Id.ToString(),
                        $"{structure.Name} ({structure.Address.Commune})"
                    )),
            ]
        );
    }
}
