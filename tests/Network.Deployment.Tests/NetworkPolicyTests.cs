using System.Net;
using System.Text.Json.Nodes;

namespace Network.Deployment.Tests;

/// <summary>The NetworkPolicies let through each path the platform uses, and no other.</summary>
public sealed class NetworkPolicyTests
{
    private static readonly (int, string)[] Http = [(8080, "TCP")];

    public static TheoryData<string> Overlays => new(Manifests.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_policies_allow_the_platforms_paths_and_no_other(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        var ns = (string)manifests.Get("Deployment", "gateway")["metadata"]!["namespace"]!;
        var endpoints = Endpoints(manifests, ns);
        var reach = new NetworkReach(ns, manifests.OfKind("NetworkPolicy").ToList());

        var allowed = reach.Allowed(endpoints);
        var expected = Expected(endpoints, ns, keda: manifests.Find("ScaledObject", "activity") is not null);

        Assert.Empty(expected.Except(allowed)); // a path the platform needs is closed
        Assert.Empty(allowed.Except(expected)); // a path nobody needs is open
    }

    [Fact]
    public void Without_the_policies_every_path_would_be_open()
    {
        var manifests = Manifests.Of("production");
        var endpoints = Endpoints(manifests, "network");
        var open = new NetworkReach("network", []).Allowed(endpoints);
        Assert.Contains("portal -> partners:8080", open);
        Assert.DoesNotContain(
            "portal -> partners:8080",
            new NetworkReach("network", manifests.OfKind("NetworkPolicy").ToList()).Allowed(endpoints)
        );
    }

    private static SortedSet<string> Expected(IReadOnlyList<NetworkReach.Endpoint> endpoints, string ns, bool keda)
    {
        string[] services = Deployables.Services;
        string[] deployables = Deployables.All;
        var paths = new List<string>
        {
            "ingress-controller -> gateway:8080",
            "portal -> gateway:8080",
            "ingress-controller -> keycloak:8080",
            "partners -> keycloak:8080",
            "keycloak -> keycloak:7800",
            "keycloak -> keycloak:57800",
            "keycloak -> postgres:5432",
            "keycloak -> internet:587",
            "events -> internet:587",
            "rabbitmq -> rabbitmq:4369",
            "rabbitmq -> rabbitmq:25672",
            "rabbitmq -> rabbitmq:35672",
            "rabbitmq-operator -> rabbitmq:15672",
            "postgres -> postgres:5432",
            "postgres -> postgres:8000",
            "cnpg-operator -> postgres:8000",
            "postgres -> internet:443",
            "postgres -> internet:6443",
        };
        paths.AddRange(services.Append("portal").Select(target => $"gateway -> {target}:8080"));
        // Keycloak's public address, through the ingress controller: the tokens' keys, the portal's sign-in.
        paths.AddRange(deployables.Select(source => $"{source} -> ingress-controller:443"));
        paths.AddRange(services.Select(service => $"{service} -> rabbitmq:5672"));
        paths.AddRange(services.Select(service => $"{service} -> postgres:5432"));
        paths.AddRange(services.Select(service => $"{service}-migrations -> postgres:5432"));
        if (keda)
        {
            paths.Add("keda-operator -> rabbitmq:5672");
        }

        // Every pod of the namespace resolves names.
        paths.AddRange(endpoints.Where(e => e.Namespace == ns).Select(e => $"{e.Name} -> kube-dns:53"));
        return new SortedSet<string>(paths, StringComparer.Ordinal);
    }

    /// <summary>Every pod the platform runs (the deployables, the migrations Jobs, what the operators start), and
    /// what it talks to outside the namespace.</summary>
    private static List<NetworkReach.Endpoint> Endpoints(Manifests manifests, string ns)
    {
        var next = 1;
        IPAddress Pod() => IPAddress.Parse($"10.244.0.{next++}");
        var endpoints = new List<NetworkReach.Endpoint>();
        foreach (var workload in manifests.OfKind("Deployment").Concat(manifests.OfKind("Job")))
        {
            var labels = workload["spec"]!["template"]!["metadata"]!["labels"]!
                .AsObject()
                .ToDictionary(label => label.Key, label => (string)label.Value!);
            var listens = Manifests.Kind(workload) == "Deployment" ? Http : [];
            endpoints.Add(new(Manifests.Name(workload), ns, labels, Pod(), listens));
        }

        void Managed(string kind, string name, Dictionary<string, string> labels, params (int, string)[] listens)
        {
            if (manifests.OfKind(kind).Any())
            {
                endpoints.Add(new(name, ns, labels, Pod(), listens));
            }
        }

        Managed(
            "RabbitmqCluster",
            "rabbitmq",
            new() { ["app.kubernetes.io/name"] = "network-rabbitmq" },
            (5672, "TCP"),
            (4369, "TCP"),
            (25672, "TCP"),
            (35672, "TCP"),
            (15672, "TCP")
        );
        Managed(
            "Cluster",
            "postgres",
            new() { ["cnpg.io/cluster"] = "network-postgres" },
            (5432, "TCP"),
            (8000, "TCP")
        );
        Managed("Keycloak", "keycloak", new() { ["app"] = "keycloak" }, (8080, "TCP"), (7800, "TCP"), (57800, "TCP"));

        endpoints.Add(
            new("ingress-controller", "ingress-nginx", new Dictionary<string, string>(), Pod(), [(443, "TCP")])
        );
        endpoints.Add(
            new(
                "kube-dns",
                "kube-system",
                new Dictionary<string, string> { ["k8s-app"] = "kube-dns" },
                Pod(),
                [(53, "UDP")]
            )
        );
        endpoints.Add(new("rabbitmq-operator", "rabbitmq-system", new Dictionary<string, string>(), Pod(), []));
        endpoints.Add(new("cnpg-operator", "cnpg-system", new Dictionary<string, string>(), Pod(), []));
        endpoints.Add(new("keda-operator", "keda", new Dictionary<string, string>(), Pod(), []));
        // Outside the cluster: the mail server, the object store, the Kubernetes API, any other address.
        endpoints.Add(
            new(
                "internet",
                null,
                new Dictionary<string, string>(),
                IPAddress.Parse("203.0.113.10"),
                [(443, "TCP"), (587, "TCP"), (6443, "TCP"), (1433, "TCP"), (5432, "TCP"), (5672, "TCP")]
            )
        );
        return endpoints;
    }
}
