using Microsoft.AspNetCore.Routing.Matching;
using Yarp.ReverseProxy.Model;

namespace Network.Gateway;

/// <summary>
/// Keeps the portal's catch-all route off the gateway's own paths: under them a request answers as if the portal did
/// not exist (401 or 404 for an unknown path, 405 for a known one called with the wrong method), never with a page.
/// </summary>
internal sealed class GatewayPathsPolicy : MatcherPolicy, INodeBuilderPolicy
{
    private static readonly PathString[] GatewayPaths = ["/api", "/openapi", "/docs", "/health", "/ready", "/alive"];

    // Before the HTTP method policy (-1000): had it seen the catch-all, which takes every method, it would never answer
    // 405.
    public override int Order => -2000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        !ContainsDynamicEndpoints(endpoints) && endpoints.Any(IsPortal);

    // Two branches of the matching tree: the gateway's paths without the portal's route, and the rest with it.
    public IReadOnlyList<PolicyNodeEdge> GetEdges(IReadOnlyList<Endpoint> endpoints) =>
        [new(true, endpoints.Where(endpoint => !IsPortal(endpoint)).ToArray()), new(false, endpoints.ToArray())];

    public PolicyJumpTable BuildJumpTable(int exitDestination, IReadOnlyList<PolicyJumpTableEdge> edges)
    {
        var gateway = exitDestination;
        var portal = exitDestination;
        foreach (var edge in edges)
        {
            if ((bool)edge.State)
            {
                gateway = edge.Destination;
            }
            else
            {
                portal = edge.Destination;
            }
        }

        return new GatewayPathsJumpTable(gateway, portal);
    }

    private static bool IsGatewayPath(PathString path) => GatewayPaths.Any(path.StartsWithSegments);

    private static bool IsPortal(Endpoint endpoint) =>
        string.Equals(
            endpoint.Metadata.GetMetadata<RouteModel>()?.Config.ClusterId,
            GatewayClusters.Portal,
            StringComparison.OrdinalIgnoreCase
        );

    private sealed class GatewayPathsJumpTable(int gateway, int portal) : PolicyJumpTable
    {
        public override int GetDestination(HttpContext httpContext) =>
            IsGatewayPath(httpContext.Request.Path) ? gateway : portal;
    }
}
