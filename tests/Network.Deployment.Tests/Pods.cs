using System.Text.Json.Nodes;

namespace Network.Deployment.Tests;

/// <summary>The pod templates of the rendered workloads and what they refer to.</summary>
public static class Pods
{
    public static IEnumerable<(string Owner, JsonObject Spec)> Templates(Manifests manifests) =>
        manifests
            .Documents.Where(document => Manifests.Kind(document) is "Deployment" or "Job")
            .Select(document =>
                (
                    $"{Manifests.Kind(document)} {Manifests.Name(document)}",
                    document["spec"]!["template"]!["spec"]!.AsObject()
                )
            );

    public static IEnumerable<JsonObject> Containers(JsonObject spec) =>
        (spec["containers"]?.AsArray() ?? [])
            .Concat(spec["initContainers"]?.AsArray() ?? [])
            .Select(container => container!.AsObject());

    public static JsonObject Container(Manifests manifests, string deployment) =>
        Containers(manifests.Get("Deployment", deployment)["spec"]!["template"]!["spec"]!.AsObject()).Single();

    /// <summary>The container's environment: its own variables and those of every ConfigMap and Secret it takes
    /// whole, with the value when it is written in the manifests (a Secret's values are not: null).</summary>
    public static Dictionary<string, string?> Environment(Manifests manifests, JsonObject container)
    {
        var environment = new Dictionary<string, string?>();
        foreach (var source in container["envFrom"]?.AsArray() ?? [])
        {
            if ((string?)source!["configMapRef"]?["name"] is { } configMap)
            {
                foreach (var (key, value) in manifests.Find("ConfigMap", configMap)?["data"]?.AsObject() ?? [])
                {
                    environment[key] = (string?)value;
                }
            }

            if ((string?)source["secretRef"]?["name"] is { } secret)
            {
                foreach (var (key, _) in manifests.Find("Secret", secret)?["data"]?.AsObject() ?? [])
                {
                    environment[key] = null;
                }
            }
        }

        foreach (var variable in container["env"]?.AsArray() ?? [])
        {
            environment[(string)variable!["name"]!] = (string?)variable["value"]
                ?? (variable["valueFrom"] is null ? "" : null);
        }

        return environment;
    }
}
