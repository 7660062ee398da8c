using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Network.EndToEnd.Tests;

/// <summary>The resources each mode declares, read from the app host's model without starting it.</summary>
public sealed class AppHostModelTests
{
    private static readonly string[] Deployables =
    [
        "gateway",
        "portal",
        "identity",
        "partners",
        "events",
        "referrals",
        "equipment",
        "activity",
    ];

    [Fact]
    public async Task Local_mode_holds_no_container_resource()
    {
        var resources = await ResourcesAsync("local");

        Assert.Empty(resources.OfType<ContainerResource>());
        Assert.Superset(
            Deployables.Append("rabbitmq").ToHashSet(),
            resources.Select(resource => resource.Name).ToHashSet()
        );
        Assert.Contains(resources, resource => resource is ExecutableResource { Name: "rabbitmq" });
        // smtp4dev, the tool of the repository's manifest: its SMTP port for the services, its inbox for people.
        var mail = Assert.IsType<ExecutableResource>(Assert.Single(resources, resource => resource.Name == "mail"));
        Assert.Equal(
            ["http", "smtp"],
            mail.Annotations.OfType<EndpointAnnotation>().Select(endpoint => endpoint.Name).Order()
        );
    }

    [Fact]
    public async Task Container_mode_runs_broker_database_and_keycloak_in_containers()
    {
        var resources = await ResourcesAsync("containers");

        var containers = resources.OfType<ContainerResource>().Select(container => container.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "rabbitmq", "sqlserver", "identity", "mail" }, containers);
        Assert.Superset(
            new HashSet<string> { "partnersdb", "eventsdb", "referralsdb", "equipmentdb", "activitydb" },
            resources.OfType<IResourceWithConnectionString>().Select(r => r.Name).ToHashSet()
        );
    }

    private static async Task<List<IResource>> ResourcesAsync(string mode)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Network_AppHost>([
            $"Infrastructure={mode}",
            $"DataFolder={Path.Combine(Path.GetTempPath(), "network-model-check")}",
        ]);
        await using var app = await builder.BuildAsync();
        return [.. app.Services.GetRequiredService<DistributedApplicationModel>().Resources];
    }
}
