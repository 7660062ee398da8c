using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Network.AppHost;

public enum InfrastructureMode
{
    /// <summary>Broker, databases and Keycloak in containers.</summary>
    Containers,

    /// <summary>The machine's rabbitmq-server, SQLite files and DevIdentity: no container at all.</summary>
    Local,
}

/// <summary>What the services run on: the broker, each service's database, and the identity provider.</summary>
/// <param name="Database">The connection string resource of a service's database, by connection name.</param>
/// <param name="Seed">Whether services seed the demo network (local mode only).</param>
/// <param name="MailPickupFolder">Where e-mails to registrants are written as files instead of being sent (local mode).</param>
/// <param name="KeyRingFolder">Where the referrals service keeps the key ring that encrypts residents' data (local mode).</param>
public sealed record Infrastructure(
    IResourceBuilder<IResourceWithConnectionString> Broker,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> Database,
    string DatabaseProvider,
    IResourceBuilder<IResourceWithEndpoints> Identity,
    IResourceBuilder<IResource>[] WaitFor,
    bool Seed,
    string? MailPickupFolder = null,
    string? KeyRingFolder = null)
{
    /// <summary><c>Infrastructure</c> = <c>containers</c> or <c>local</c>; otherwise containers when a runtime answers.</summary>
    public static InfrastructureMode Detect(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Infrastructure"]?.ToUpperInvariant() switch
        {
            "CONTAINERS" => InfrastructureMode.Containers,
            "LOCAL" => InfrastructureMode.Local,
            _ => ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
        };
    }

    private static bool ContainerRuntimeAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (docker is null)
            {
                return false;
            }

            if (!docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                docker.Kill();
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
