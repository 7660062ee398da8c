namespace Network.Deployment.Tests;

/// <summary>A network that keeps its services' databases on an external SQL Server takes the sqlserver component
/// instead of postgresql: rendered here in an overlay of a copy of infra/kubernetes.</summary>
public sealed class SqlServerChoiceTests : IDisposable
{
    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("network-kubernetes-");

    [Fact]
    public void The_sqlserver_component_sets_the_provider_and_opens_only_the_servers_port()
    {
        Copy(new DirectoryInfo(Manifests.KubernetesFolder), _copy);
        var overlay = Directory.CreateDirectory(Path.Combine(_copy.FullName, "overlays", "sqlserver"));
        File.WriteAllText(
            Path.Combine(overlay.FullName, "kustomization.yaml"),
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            namespace: network
            resources:
              - ../../base
            components:
              - ../../components/secrets
              - ../../components/rabbitmq
              - ../../components/sqlserver
            """
        );

        var manifests = Manifests.Load("sqlserver", Manifests.Render(overlay.FullName));

        var config = manifests
            .OfKind("ConfigMap")
            .Single(map => Manifests.Name(map).StartsWith("network-config", StringComparison.Ordinal));
        Assert.Equal("SqlServer", (string)config["data"]!["Database__Provider"]!);
        Assert.Empty(manifests.OfKind("Cluster"));
        var egress = Assert.Single(manifests.Get("NetworkPolicy", "database-clients")["spec"]!["egress"]!.AsArray())!;
        Assert.Equal(1433L, (long)Assert.Single(egress["ports"]!.AsArray())!["port"]!);
        Assert.EndsWith(
            "/32",
            (string)Assert.Single(egress["to"]!.AsArray())!["ipBlock"]!["cidr"]!,
            StringComparison.Ordinal
        );
    }

    private static void Copy(DirectoryInfo from, DirectoryInfo to)
    {
        foreach (var file in from.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(to.FullName, file.Name));
        }

        foreach (var folder in from.EnumerateDirectories())
        {
            Copy(folder, to.CreateSubdirectory(folder.Name));
        }
    }

    public void Dispose() => _copy.Delete(recursive: true);
}
