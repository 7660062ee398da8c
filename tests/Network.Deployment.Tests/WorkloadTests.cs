using k8s.Models;

namespace Network.Deployment.Tests;

/// <summary>Every deployable has its Deployment and Service, its probes on the right paths, resources, a locked-down
/// security context, and every setting it reads in production.</summary>
public sealed class WorkloadTests
{
    public static TheoryData<string, string> OverlaysAndDeployables
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var overlay in Manifests.Overlays)
            {
                foreach (var deployable in Deployables.All)
                {
                    data.Add(overlay, deployable);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> Overlays => new(Manifests.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_overlay_renders_and_loads_strictly_with_its_namespace_everywhere(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        Assert.Equal(manifests.Documents.Count(Manifests.IsBuiltIn), manifests.Typed.Count);
        Assert.All(manifests.Documents, document =>
            Assert.False(
                string.IsNullOrEmpty((string?)document["metadata"]!["namespace"]),
                $"{Manifests.Kind(document)} {Manifests.Name(document)} has no namespace"
            )
        );
    }

    [Fact]
    public void A_duplicate_key_or_an_unknown_field_fails_the_loading()
    {
        const string Duplicate = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n";
        const string Unknown = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  selectr: {}\n";
        Assert.ThrowsAny<Exception>(() => Manifests.Load("test", Duplicate));
        Assert.ThrowsAny<Exception>(() => Manifests.Load("test", Unknown));
        Assert.Single(Manifests.Load("test", Unknown.Replace("selectr", "selector", StringComparison.Ordinal)).Typed);
    }

    [Theory]
    [MemberData(nameof(OverlaysAndDeployables))]
    public void A_deployable_has_its_deployment_service_probes_resources_and_security(string overlay, string deployable)
    {
        var manifests = Manifests.Of(overlay);
        var deployment = manifests.Typed.OfType<V1Deployment>().Single(d => d.Metadata.Name == deployable);
        var pod = deployment.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);
        var port = Assert.Single(container.Ports);
        Assert.Equal(("http", 8080), (port.Name, port.ContainerPort));

        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        Assert.Equal("/ready", container.ReadinessProbe.HttpGet.Path);
        Assert.NotNull(container.StartupProbe?.HttpGet);
        Assert.All(new[] { container.LivenessProbe, container.ReadinessProbe, container.StartupProbe }, probe =>
            Assert.Equal("http", probe.HttpGet.Port.Value)
        );

        foreach (var resource in new[] { "cpu", "memory" })
        {
            Assert.True(container.Resources.Requests.ContainsKey(resource), $"no {resource} request");
            Assert.True(container.Resources.Limits.ContainsKey(resource), $"no {resource} limit");
        }

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
        Assert.False(pod.AutomountServiceAccountToken);
        Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.True(container.SecurityContext.RunAsNonRoot);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Contains(container.VolumeMounts, mount => mount.MountPath == "/tmp");

        var service = manifests.Typed.OfType<V1Service>().Single(s => s.Metadata.Name == deployable);
        Assert.All(service.Spec.Selector, label =>
            Assert.Equal(label.Value, deployment.Spec.Template.Metadata.Labels[label.Key])
        );
        Assert.Equal("http", Assert.Single(service.Spec.Ports).TargetPort.Value);
        Assert.Contains(manifests.Typed.OfType<V1PodDisruptionBudget>(), budget => budget.Metadata.Name == deployable);
    }

    [Theory]
    [MemberData(nameof(OverlaysAndDeployables))]
    public void Every_setting_a_deployable_reads_in_production_is_set(string overlay, string deployable)
    {
        var manifests = Manifests.Of(overlay);
        var environment = Pods.Environment(manifests, Pods.Container(manifests, deployable));
        var unset = Deployables
            .RequiredSettings(deployable)
            .Where(name => !environment.TryGetValue(name, out var value) || value == "")
            .ToList();
        Assert.Empty(unset);
        Assert.Equal("false", environment.GetValueOrDefault("Database__MigrateAtStart", "false"));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Each_service_has_a_migrations_job_with_the_schema_rights_the_service_lacks(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        foreach (var service in Deployables.Services)
        {
            var job = manifests.Typed.OfType<V1Job>().Single(j => j.Metadata.Name == $"{service}-migrations");
            var container = Assert.Single(job.Spec.Template.Spec.Containers);
            var deployment = Pods.Container(manifests, service);
            Assert.Equal((string)deployment["image"]!, container.Image);
            Assert.Equal("/app/migrations/$(Database__Provider)/efbundle", Assert.Single(container.Command));
            var connection = Assert.Single(container.Env, variable => variable.Name == "MIGRATIONS_CONNECTION");
            Assert.Equal("network-migrations", connection.ValueFrom.SecretKeyRef.Name);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Images_are_the_ones_the_project_files_publish(string overlay)
    {
        var manifests = Manifests.Of(overlay);
        foreach (var deployable in Deployables.All)
        {
            var image = (string)Pods.Container(manifests, deployable)["image"]!;
            var repository = ContainerSettings.Repository(deployable);
            Assert.Matches($"/{repository}:[^:/]+$", image);
        }
    }

    [Fact]
    public void Production_runs_two_replicas_or_more_of_everything_but_the_portal_and_scales_the_busy_ones()
    {
        var manifests = Manifests.Of("production");
        foreach (var deployable in Deployables.All.Where(name => name != "portal"))
        {
            var deployment = manifests.Typed.OfType<V1Deployment>().Single(d => d.Metadata.Name == deployable);
            Assert.True(deployment.Spec.Replicas >= 2, deployable);
        }

        var scaled = manifests
            .Typed.OfType<V2HorizontalPodAutoscaler>()
            .Select(h => h.Spec.ScaleTargetRef.Name)
            .ToList();
        Assert.Equal(["events", "gateway", "partners"], scaled.Order());
        Assert.Equal(
            "activity",
            (string)manifests.Get("ScaledObject", "activity")["spec"]!["scaleTargetRef"]!["name"]!
        );
    }

    [Fact]
    public void Evaluation_runs_one_replica_of_everything()
    {
        var manifests = Manifests.Of("evaluation");
        Assert.All(manifests.Typed.OfType<V1Deployment>(), deployment => Assert.Equal(1, deployment.Spec.Replicas));
        Assert.Empty(manifests.Typed.OfType<V2HorizontalPodAutoscaler>());
        Assert.Equal(1L, (long)manifests.Get("RabbitmqCluster", "network-rabbitmq")["spec"]!["replicas"]!);
        Assert.Equal(1L, (long)manifests.Get("Cluster", "network-postgres")["spec"]!["instances"]!);
        Assert.Equal(1L, (long)manifests.Get("Keycloak", "network-keycloak")["spec"]!["instances"]!);
    }

    [Fact]
    public void Production_runs_the_broker_and_the_databases_on_three_machines()
    {
        var manifests = Manifests.Of("production");
        var broker = manifests.Get("RabbitmqCluster", "network-rabbitmq")["spec"]!;
        Assert.Equal(3L, (long)broker["replicas"]!);
        Assert.Contains(
            "cluster_partition_handling = pause_minority",
            (string)broker["rabbitmq"]!["additionalConfig"]!,
            StringComparison.Ordinal
        );
        var postgres = manifests.Get("Cluster", "network-postgres")["spec"]!;
        Assert.Equal(3L, (long)postgres["instances"]!);
        Assert.Equal(
            Deployables.Services.Append("keycloak").Order(),
            manifests.OfKind("Database").Select(database => (string)database["spec"]!["name"]!).Order()
        );
        Assert.NotNull(manifests.Find("ScheduledBackup", "network-postgres-nightly"));
    }
}
