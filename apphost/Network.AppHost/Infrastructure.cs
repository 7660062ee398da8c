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
/// <param name="KeyRings">The folder under which each service keeps its Data Protection key ring, one subfolder per
/// service.</param>
/// <param name="Mail">smtp4dev, where every service sends its e-mails (<see cref="MailCatcher"/>).</param>
public sealed record Infrastructure(
    IResourceBuilder<IResourceWithConnectionString> Broker,
    Func<string, IResourceBuilder<IResourceWithConnectionString>> Database,
    string DatabaseProvider,
    IResourceBuilder<IResourceWithEndpoints> Identity,
    IResourceBuilder<IResource>[] WaitFor,
    bool Seed,
    string KeyRings,
    IResourceBuilder<IResourceWithEndpoints> Mail
)
{
    /// <summary>
    /// <c>Infrastructure</c> = <c>containers</c> or <c>local</c> chooses; <c>auto</c> takes containers when a runtime
    /// answers and the local mode only on a machine without any, saying so. A runtime that is installed but does not
    /// answer (stopped, or slower than 10 s) stops the start: falling back silently would run the development identity
    /// provider and SQLite where containers were meant.
    /// </summary>
    public static InfrastructureMode Detect(IConfiguration configuration, TextWriter announcements)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(announcements);
        var (mode, reason) = Choose(configuration["Infrastructure"], ContainerRuntime);
        announcements.WriteLine($"Infrastructure: {mode.ToString().ToLowerInvariant()} mode ({reason}).");
        return mode;
    }

    /// <summary>The mode <paramref name="setting"/> asks for, given what <paramref name="runtime"/> says of the
    /// machine's container runtime.</summary>
    public static (InfrastructureMode Mode, string Reason) Choose(string? setting, Func<RuntimeState> runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        switch (setting?.Trim().ToUpperInvariant())
        {
            case "CONTAINERS":
                return (InfrastructureMode.Containers, "Infrastructure=containers");
            case "LOCAL":
                return (InfrastructureMode.Local, "Infrastructure=local");
            case null or "" or "AUTO":
                return runtime() switch
                {
                    RuntimeState.Answers => (InfrastructureMode.Containers, "a container runtime answers"),
                    RuntimeState.Absent => (
                        InfrastructureMode.Local,
                        "no container runtime on this machine; rabbitmq-server, SQLite files and DevIdentity"
                    ),
                    _ => throw new InvalidOperationException(
                        "A container runtime is installed but did not answer 'docker info' within 10 s (stopped or "
                            + "slow). Start it, or choose the mode: Infrastructure=containers or "
                            + "Infrastructure=local."
                    ),
                };
            default:
                throw new InvalidOperationException(
                    $"Infrastructure is '{setting}': choose auto, containers or local."
                );
        }
    }

    private static RuntimeState ContainerRuntime()
    {
        try
        {
            using var docker = Process.Start(
                new ProcessStartInfo("docker", "info")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                }
            );
            if (docker is null)
            {
                return RuntimeState.Absent;
            }

            if (!docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                docker.Kill();
                return RuntimeState.Silent;
            }

            return docker.ExitCode == 0 ? RuntimeState.Answers : RuntimeState.Silent;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return RuntimeState.Absent;
        }
    }
}

/// <summary>What the machine's container runtime said to <c>docker info</c>.</summary>
public enum RuntimeState
{
    /// <summary>No <c>docker</c> command on the machine.</summary>
    Absent,

    /// <summary>It answered.</summary>
    Answers,

    /// <summary>Installed, but it failed or did not answer in time.</summary>
    Silent,
}
