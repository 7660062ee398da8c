using Network.Events.Domain;

namespace Network.Events.Api;

/// <summary>The vocabularies of events with the labels the public reads, so that no client writes them by
/// hand.</summary>
internal static class CategoriesEndpoint
{
    /// <param name="Code">The category's code, as `category` takes it.</param>
    /// <param name="Label">The category's French label.</param>
    public sealed record CategoryItem(string Code, string Label);

    /// <param name="Code">The flag's name: its field in `accessibility`, and what the list's `accessibility` filter
    /// takes.</param>
    /// <param name="Label">The flag's French label.</param>
    public sealed record AccessibilityItem(string Code, string Label);

    public static void MapCategoriesEndpoint(this RouteGroupBuilder events)
    {
        events
            .MapGet("/categories", () =>
                TypedResults.Ok(
                    Enum.GetValues<EventCategory>()
                        .Select(category => new CategoryItem(Categories.CodeOf(category), CategoryLabels.Of(category)))
                        .ToList()
                )
            )
            .AllowAnonymous()
            .WithSummary("The events' categories: `[{code, label}]`, the label in French as the public reads it.");
        events
            .MapGet("/accessibility", () =>
                TypedResults.Ok(
                    AccessibilityFeatures
                        .All.Select(feature => new AccessibilityItem(feature.Code, feature.Label))
                        .ToList()
                )
            )
            .AllowAnonymous()
            .WithSummary(
                "The events' accessibility flags: `[{code, label}]`, in the order of `accessibility`, the label in "
                    + "French as the public reads it."
            );
    }
}
