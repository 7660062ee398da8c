using System.Text.Json.Nodes;

namespace Network.Deployment.Tests;

/// <summary>Every Secret, ConfigMap, volume claim and Service a manifest names exists once the overlay is rendered
/// (or is made by what the overlay installs: an operator, cert-manager), with the keys it reads.</summary>
public sealed class ReferenceTests
{
    public static TheoryData<string> Overlays => new(Manifests.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_secret_and_key_a_manifest_reads_exists(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        var missing = new List<string>();
        foreach (var (owner, name, key) in SecretReferences(manifests))
        {
            var secret = manifests.Find("Secret", name);
            if (secret is null)
            {
                missing.Add($"{owner}: Secret {name}");
            }
            else if (
                key is not null
                && secret["data"]?[key] is null
                && !(secret["data"]?.AsObject().ContainsKey(key) ?? false)
            )
            {
                missing.Add($"{owner}: key {key} of Secret {name}");
            }
        }

        foreach (var ingress in manifests.OfKind("Ingress"))
        {
            foreach (var tls in ingress["spec"]!["tls"]?.AsArray() ?? [])
            {
                // cert-manager makes the certificate's Secret for an Ingress that names its issuer.
                if (
                    manifests.Find("Secret", (string)tls!["secretName"]!) is null
                    && ingress["metadata"]!["annotations"]?["cert-manager.io/cluster-issuer"] is null
                )
                {
                    missing.Add($"Ingress {Manifests.Name(ingress)}: Secret {(string)tls["secretName"]!}");
                }
            }
        }

        Assert.Empty(missing);
        Assert.NotEmpty(SecretReferences(manifests));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_config_map_and_volume_claim_a_pod_takes_exists(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        var missing = new List<string>();
        foreach (var (owner, spec) in Pods.Templates(manifests))
        {
            foreach (var container in Pods.Containers(spec))
            {
                foreach (var source in container["envFrom"]?.AsArray() ?? [])
                {
                    if (
                        (string?)source!["configMapRef"]?["name"] is { } name
                        && manifests.Find("ConfigMap", name) is null
                    )
                    {
                        missing.Add($"{owner}: ConfigMap {name}");
                    }
                }
            }

            foreach (var volume in spec["volumes"]?.AsArray() ?? [])
            {
                if ((string?)volume!["configMap"]?["name"] is { } map && manifests.Find("ConfigMap", map) is null)
                {
                    missing.Add($"{owner}: ConfigMap {map}");
                }

                if (
                    (string?)volume["persistentVolumeClaim"]?["claimName"] is { } claim
                    && manifests.Find("PersistentVolumeClaim", claim) is null
                )
                {
                    missing.Add($"{owner}: PersistentVolumeClaim {claim}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_service_a_manifest_or_a_setting_names_exists(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        var services = manifests.OfKind("Service").Select(Manifests.Name).ToHashSet();
        // What the operators make: RabbitMQ's client Service, CloudNativePG's primary and replicas, Keycloak's.
        services.UnionWith(manifests.OfKind("RabbitmqCluster").Select(Manifests.Name));
        services.UnionWith(
            manifests
                .OfKind("Cluster")
                .SelectMany(cluster => new[] { "-rw", "-ro", "-r" }.Select(s => Manifests.Name(cluster) + s))
        );
        services.UnionWith(manifests.OfKind("Keycloak").Select(keycloak => Manifests.Name(keycloak) + "-service"));

        var named = new List<(string Owner, string Service)>();
        foreach (var ingress in manifests.OfKind("Ingress"))
        {
            foreach (var rule in ingress["spec"]!["rules"]!.AsArray())
            {
                foreach (var path in rule!["http"]!["paths"]!.AsArray())
                {
                    named.Add(($"Ingress {Manifests.Name(ingress)}", (string)path!["backend"]!["service"]!["name"]!));
                }
            }
        }

        foreach (var map in manifests.OfKind("ConfigMap"))
        {
            foreach (var (key, value) in map["data"]?.AsObject() ?? [])
            {
                // A cluster-internal address (http://name or http://name:port) is a Service's name.
                if (
                    Uri.TryCreate((string?)value, UriKind.Absolute, out var address)
                    && address.Scheme == "http"
                    && !address.Host.Contains('.', StringComparison.Ordinal)
                )
                {
                    named.Add(($"ConfigMap {Manifests.Name(map)} {key}", address.Host));
                }
            }
        }

        foreach (var keycloak in manifests.OfKind("Keycloak"))
        {
            named.Add(($"Keycloak {Manifests.Name(keycloak)}", (string)keycloak["spec"]!["db"]!["host"]!));
        }

        Assert.Contains(named, entry => entry.Service == "partners");
        Assert.All(named, entry =>
            Assert.True(services.Contains(entry.Service), $"{entry.Owner}: no Service {entry.Service}")
        );
    }

    /// <summary>(who, Secret, key or null) for every Secret a pod, an Ingress or an operator's resource
    /// names.</summary>
    public static List<(string Owner, string Secret, string? Key)> SecretReferences(Manifests manifests)
    {
        var references = new List<(string, string, string?)>();
        foreach (var (owner, spec) in Pods.Templates(manifests))
        {
            foreach (var container in Pods.Containers(spec))
            {
                foreach (var variable in container["env"]?.AsArray() ?? [])
                {
                    if (variable!["valueFrom"]?["secretKeyRef"] is JsonObject reference)
                    {
                        references.Add((owner, (string)reference["name"]!, (string)reference["key"]!));
                    }
                }

                foreach (var source in container["envFrom"]?.AsArray() ?? [])
                {
                    if ((string?)source!["secretRef"]?["name"] is { } name)
                    {
                        references.Add((owner, name, null));
                    }
                }
            }

            foreach (var volume in spec["volumes"]?.AsArray() ?? [])
            {
                if (volume!["secret"] is JsonObject secret)
                {
                    var name = (string)secret["secretName"]!;
                    references.Add((owner, name, null));
                    foreach (var item in secret["items"]?.AsArray() ?? [])
                    {
                        references.Add((owner, name, (string)item!["key"]!));
                    }
                }
            }
        }

        foreach (var resource in manifests.Documents.Where(document => !Manifests.IsBuiltIn(document)))
        {
            Walk(resource["spec"], $"{Manifests.Kind(resource)} {Manifests.Name(resource)}", references, null);
        }

        return references;
    }

    // In the operators' resources a Secret is named under a field such as passwordSecret, usernameSecret, secret,
    // accessKeyId or secretAccessKey: { name, key }.
    private static void Walk(JsonNode? node, string owner, List<(string, string, string?)> references, string? field)
    {
        switch (node)
        {
            case JsonObject obj:
                if (
                    field is not null
                    && (
                        field.Contains("secret", StringComparison.OrdinalIgnoreCase)
                        || field.EndsWith("KeyId", StringComparison.Ordinal)
                    )
                    && (string?)obj["name"] is { } name
                )
                {
                    references.Add((owner, name, (string?)obj["key"]));
                }

                // The realm's representation is Keycloak's, not the operator's: its secrets are placeholders.
                foreach (var (key, child) in obj.Where(entry => entry.Key != "realm"))
                {
                    Walk(child, owner, references, key);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, owner, references, field);
                }

                break;
        }
    }
}
