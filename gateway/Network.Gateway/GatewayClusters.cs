namespace Network.Gateway;

/// <summary>The clusters of <c>ReverseProxy:Clusters</c>: the five API services, and the portal that serves the
/// site.</summary>
internal static class GatewayClusters
{
    public const string Portal = "portal";

    /// <summary>Every cluster, the portal included: the gateway is ready only when all of them are.</summary>
    public static IEnumerable<string> All(IConfiguration configuration) =>
        configuration.GetSection("ReverseProxy:Clusters").GetChildren().Select(cluster => cluster.Key);

    /// <summary>The services that publish an OpenAPI document; the portal publishes pages, not an API.</summary>
    public static IEnumerable<string> Apis(IConfiguration configuration) =>
        All(configuration).Where(cluster => !string.Equals(cluster, Portal, StringComparison.OrdinalIgnoreCase));
}
