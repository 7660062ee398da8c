using System.Xml.Linq;

namespace Network.Deployment.Tests;

/// <summary>The container settings a deployable's project file gives
/// <c>dotnet publish -t:PublishContainer</c>.</summary>
public static class ContainerSettings
{
    public static string ProjectFile(string deployable) =>
        deployable switch
        {
            "gateway" => Path.Combine(Manifests.Root, "gateway", "Network.Gateway", "Network.Gateway.csproj"),
            "portal" => Path.Combine(Manifests.Root, "services", "portal", "Network.Portal", "Network.Portal.csproj"),
            _ => Path.Combine(
                Manifests.Root,
                "services",
                deployable,
                $"Network.{char.ToUpperInvariant(deployable[0])}{deployable[1..]}",
                $"Network.{char.ToUpperInvariant(deployable[0])}{deployable[1..]}.csproj"
            ),
        };

    public static string Repository(string deployable) =>
        XDocument
            .Load(ProjectFile(deployable))
            .Descendants("ContainerRepository")
            .Select(element => element.Value)
            .SingleOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"{ProjectFile(deployable)} names no ContainerRepository.");
}
