using Network.Events.Domain;

namespace Network.Events.Api;

/// <summary>The categories with the labels the public reads, so that no client writes them by hand.</summary>
internal static class CategoriesEndpoint
{
    public sealed record CategoryItem(string Code, string Label);

    public static void MapCategoriesEndpoint(this RouteGroupBuilder events)
        => events.MapGet("/categories", () => TypedResults.Ok(Enum.GetValues<EventCategory>()
                .Select(category => new CategoryItem(Categories.CodeOf(category), CategoryLabels.Of(category)))
                .ToList()))
            .AllowAnonymous()
            .WithSummary("The events' categories: `[{code, label}]`, the label in French as the public reads it.");
}
