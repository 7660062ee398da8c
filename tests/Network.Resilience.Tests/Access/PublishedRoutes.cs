using System.Net.Http.Json;
using System.Text.Json;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.Access;

/// <summary>The routes each running service publishes in its OpenAPI document, as the gateway serves it.</summary>
public static class PublishedRoutes
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    /// <summary>"METHOD /path/{param}" for every operation of every service, under <c>/api</c>.</summary>
    public static async Task<IReadOnlySet<string>> ReadAsync(HttpClient gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in RunningPlatform.Services)
        {
            var document = await gateway.GetFromJsonAsync<JsonElement>(
                new Uri($"/openapi/{service}/v1.json", UriKind.Relative)
            );
            foreach (
                var path in document
                    .GetProperty("paths")
                    .EnumerateObject()
                    .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            )
            {
                foreach (
                    var operation in path.Value.EnumerateObject().Where(operation => Methods.Contains(operation.Name))
                )
                {
                    routes.Add($"{operation.Name.ToUpperInvariant()} {path.Name.TrimEnd('/')}");
                }
            }
        }

        return routes;
    }
}
