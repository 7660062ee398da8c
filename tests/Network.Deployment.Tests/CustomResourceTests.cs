using System.Text.Json.Nodes;

namespace Network.Deployment.Tests;

/// <summary>The operators' resources are shaped as their CRDs require: validated against the schemas the operators
/// publish (infra/kubernetes/crds, copied unchanged with their sources and licences).</summary>
public sealed class CustomResourceTests
{
    private static readonly IReadOnlyDictionary<string, JsonObject> Schemas = StructuralSchema.Load(
        Path.Combine(Manifests.KubernetesFolder, "crds")
    );

    public static TheoryData<string> Overlays => new(Manifests.Overlays);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_custom_resource_matches_its_crd(string overlay)
    {
        var resources = Manifests.Of(overlay).Documents.Where(document => !Manifests.IsBuiltIn(document)).ToList();
        Assert.NotEmpty(resources);
        foreach (var resource in resources)
        {
            var key = $"{(string)resource["apiVersion"]!}/{Manifests.Kind(resource)}";
            Assert.True(Schemas.TryGetValue(key, out var schema), $"no CRD for {key} under infra/kubernetes/crds");
            var errors = StructuralSchema.Validate(schema, resource);
            Assert.True(errors.Count == 0, $"{key} {Manifests.Name(resource)}:\n{string.Join('\n', errors)}");
        }
    }

    [Fact]
    public void The_validation_refuses_an_unknown_field_a_wrong_type_and_a_missing_required_field()
    {
        var schema = Schemas["rabbitmq.com/v1beta1/RabbitmqCluster"];
        var cluster = Manifests.Of("production").Get("RabbitmqCluster", "network-rabbitmq").DeepClone().AsObject();
        Assert.Empty(StructuralSchema.Validate(schema, cluster));

        cluster["spec"]!["replica"] = 3;
        Assert.Contains(StructuralSchema.Validate(schema, cluster), error =>
            error.Contains("spec.replica: unknown field", StringComparison.Ordinal)
        );
        cluster["spec"]!.AsObject().Remove("replica");
        cluster["spec"]!["replicas"] = "three";
        Assert.NotEmpty(StructuralSchema.Validate(schema, cluster));

        var database = Manifests.Of("production").OfKind("Database").First().DeepClone().AsObject();
        database["spec"]!.AsObject().Remove("owner");
        Assert.Contains(StructuralSchema.Validate(Schemas["postgresql.cnpg.io/v1/Database"], database), error =>
            error.Contains("owner", StringComparison.Ordinal)
        );
    }
}
