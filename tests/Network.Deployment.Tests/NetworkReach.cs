using System.Net;
using System.Text.Json.Nodes;

namespace Network.Deployment.Tests;

/// <summary>
/// Which connections the rendered NetworkPolicies let through, evaluated as the API defines them: a pod that some
/// policy selects for a direction accepts only what one of those policies' rules allows; a connection needs the
/// source's egress and the destination's ingress. Outside the namespace (the ingress controller, the operators, the
/// cluster's DNS, the Internet) nothing of ours applies.
/// </summary>
public sealed class NetworkReach(string ns, IReadOnlyList<JsonObject> policies)
{
    public sealed record Endpoint(
        string Name,
        string? Namespace,
        IReadOnlyDictionary<string, string> Labels,
        IPAddress Address,
        IReadOnlyList<(int Port, string Protocol)> Listens
    );

    /// <summary>Every allowed connection among <paramref name="endpoints"/> to or from the namespace, as
    /// <c>source -> destination:port</c>.
    /// An endpoint stands for all the replicas of its kind: one connecting to itself is replicas talking.</summary>
    public SortedSet<string> Allowed(IReadOnlyList<Endpoint> endpoints)
    {
        var allowed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var source in endpoints)
        {
            // Between two endpoints outside the namespace, no policy of ours has a say.
            foreach (var destination in endpoints.Where(d => source.Namespace == ns || d.Namespace == ns))
            {
                foreach (var (port, protocol) in destination.Listens)
                {
                    if (Lets(source, destination, port, protocol))
                    {
                        allowed.Add($"{source.Name} -> {destination.Name}:{port}");
                    }
                }
            }
        }

        return allowed;
    }

    private bool Lets(Endpoint source, Endpoint destination, int port, string protocol) =>
        Direction(source, "Egress", "egress", "to", destination, port, protocol)
        && Direction(destination, "Ingress", "ingress", "from", source, port, protocol);

    private bool Direction(
        Endpoint subject,
        string type,
        string rulesName,
        string peersName,
        Endpoint peer,
        int port,
        string protocol
    )
    {
        if (subject.Namespace != ns)
        {
            return true;
        }

        var selecting = policies
            .Where(policy => Types(policy).Contains(type) && Selects(policy["spec"]!["podSelector"], subject.Labels))
            .ToList();
        return selecting.Count == 0
            || selecting.Any(policy =>
                (policy["spec"]![rulesName]?.AsArray() ?? []).Any(rule =>
                    PeersMatch(rule![peersName]?.AsArray(), peer)
                    && PortsMatch(rule["ports"]?.AsArray(), port, protocol)
                )
            );
    }

    private static IEnumerable<string> Types(JsonObject policy) =>
        policy["spec"]!["policyTypes"]?.AsArray().Select(type => (string)type!)
        ?? (policy["spec"]!["egress"] is null ? ["Ingress"] : ["Ingress", "Egress"]);

    private bool PeersMatch(JsonArray? peers, Endpoint peer) =>
        peers is null || peers.Count == 0 || peers.Any(entry => PeerMatches(entry!.AsObject(), peer));

    private bool PeerMatches(JsonObject entry, Endpoint peer)
    {
        if (entry["ipBlock"] is JsonObject block)
        {
            return InBlock(peer.Address, (string)block["cidr"]!)
                && !(block["except"]?.AsArray() ?? []).Any(cidr => InBlock(peer.Address, (string)cidr!));
        }

        if (peer.Namespace is null)
        {
            return false;
        }

        var namespaceMatches = entry["namespaceSelector"] is JsonNode namespaces
            ? Selects(namespaces, new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = peer.Namespace })
            : peer.Namespace == ns;
        var podMatches = entry["podSelector"] is not JsonNode pods || Selects(pods, peer.Labels);
        return namespaceMatches && podMatches;
    }

    private static bool PortsMatch(JsonArray? ports, int port, string protocol) =>
        ports is null
        || ports.Count == 0
        || ports.Any(entry =>
        {
            var from = (long)entry!["port"]!;
            var to = entry["endPort"] is JsonNode end ? (long)end : from;
            return ((string?)entry["protocol"] ?? "TCP") == protocol && port >= from && port <= to;
        });

    public static bool Selects(JsonNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null)
        {
            return true;
        }

        foreach (var (key, value) in selector["matchLabels"]?.AsObject() ?? [])
        {
            if (!labels.TryGetValue(key, out var actual) || actual != (string)value!)
            {
                return false;
            }
        }

        foreach (var expression in selector["matchExpressions"]?.AsArray() ?? [])
        {
            var key = (string)expression!["key"]!;
            var values = expression["values"]?.AsArray().Select(value => (string)value!).ToList() ?? [];
            var has = labels.TryGetValue(key, out var actual);
            var ok = (string)expression["operator"]! switch
            {
                "In" => has && values.Contains(actual!),
                "NotIn" => !has || !values.Contains(actual!),
                "Exists" => has,
                "DoesNotExist" => !has,
                var other => throw new InvalidOperationException($"Unknown selector operator {other}."),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InBlock(IPAddress address, string cidr) => IPNetwork.Parse(cidr).Contains(address);
}
