using Microsoft.AspNetCore.Http.HttpResults;
using Network.Activity.Projection;
using Network.ServiceDefaults.Identity;

namespace Network.Activity.Api;

/// <summary>Recomputing every figure from the stored messages, after a change of definition.</summary>
internal static class RebuildEndpoints
{
    public static void MapRebuildEndpoints(this RouteGroupBuilder activity) =>
        activity
            .MapPost("/rebuild", RebuildAsync)
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary(
                "Clears every read model and replays the stored messages in the order they happened (coordinator)."
            )
            .WithDescription(
                "Deliveries wait while it runs. Answers the number of messages replayed, rows written and the duration."
            );

    private static async Task<Ok<RebuildOutcome>> RebuildAsync(
        ReadModelRebuild rebuild,
        CancellationToken cancellationToken
    ) => TypedResults.Ok(await rebuild.RunAsync(cancellationToken));
}
