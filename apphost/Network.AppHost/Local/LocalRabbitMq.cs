using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Network.AppHost.Local;

internal static class LocalRabbitMq
{
    /// <summary>
    /// Runs the machine's rabbitmq-server as a node of its own: a name derived from its data folder, ports
    /// chosen by the app host, data, logs and Erlang cookie under the data folder, listening on loopback only.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder,
        string name,
        string dataFolder
    )
    {
        Directory.CreateDirectory(dataFolder);
        ForgetClassicQueues(dataFolder);
        File.WriteAllText(Path.Combine(dataFolder, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(dataFolder, "rabbitmq.conf"), "log.console = false\n");
        var node =
            $"network-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataFolder)))[..10]}@localhost";

        var resource = new LocalRabbitMqResource(name, ServerScript(), dataFolder);
        var rabbitmq = builder
            .AddResource(resource)
            .WithEndpoint(LocalRabbitMqResource.AmqpEndpointName, endpoint =>
            {
                endpoint.UriScheme = "amqp";
                endpoint.IsProxied = false;
                endpoint.TargetHost = "127.0.0.1";
            })
            .WithEndpoint("distribution", endpoint =>
            {
                endpoint.UriScheme = "tcp";
                endpoint.IsProxied = false;
                endpoint.TargetHost = "127.0.0.1";
            })
            .WithEnvironment(context =>
            {
                context.EnvironmentVariables["HOME"] = dataFolder;
                context.EnvironmentVariables["RABBITMQ_NODENAME"] = node;
                context.EnvironmentVariables["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                context.EnvironmentVariables["RABBITMQ_NODE_PORT"] = resource.Amqp.Property(
                    EndpointProperty.TargetPort
                );
                context.EnvironmentVariables["RABBITMQ_DIST_PORT"] = new EndpointReference(
                    resource,
                    "distribution"
                ).Property(EndpointProperty.TargetPort);
                context.EnvironmentVariables["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataFolder, "mnesia");
                context.EnvironmentVariables["RABBITMQ_LOG_BASE"] = Path.Combine(dataFolder, "log");
                context.EnvironmentVariables["RABBITMQ_CONFIG_FILE"] = Path.Combine(dataFolder, "rabbitmq");
                context.EnvironmentVariables["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(
                    dataFolder,
                    "enabled_plugins"
                );
                context.EnvironmentVariables["RABBITMQ_PID_FILE"] = Path.Combine(dataFolder, "rabbitmq.pid");
                context.EnvironmentVariables["ERL_EPMD_ADDRESS"] = "127.0.0.1";
            });

        var check = $"{name}-accepts-connections";
        builder
            .Services.AddHealthChecks()
            .AddAsyncCheck(check, async cancellationToken =>
            {
                using var client = new TcpClient();
                try
                {
                    await client.ConnectAsync("127.0.0.1", resource.Amqp.Port, cancellationToken);
                    return HealthCheckResult.Healthy();
                }
                catch (SocketException)
                {
                    return HealthCheckResult.Unhealthy("RabbitMQ does not accept connections yet.");
                }
            });
        return rabbitmq.WithHealthCheck(check);
    }

    /// <summary>
    /// The services declare quorum queues, and a queue's type cannot change in place: a node made before them, whose
    /// classic queues would refuse the services' declarations, starts again empty (local messages only: the services'
    /// data stays in their databases, and what their outboxes still hold is published again).
    /// </summary>
    private static void ForgetClassicQueues(string dataFolder)
    {
        var marker = Path.Combine(dataFolder, "quorum-queues");
        if (File.Exists(marker))
        {
            return;
        }

        var mnesia = Path.Combine(dataFolder, "mnesia");
        if (Directory.Exists(mnesia))
        {
            Directory.Delete(mnesia, recursive: true);
        }

        File.WriteAllText(marker, "The services' queues on this node are quorum queues.\n");
    }

    /// <summary>The node's own start script, which runs as the calling user (Debian's wrapper would switch
    /// user).</summary>
    private static string ServerScript()
    {
        string[] candidates = ["/usr/lib/rabbitmq/bin/rabbitmq-server", "/usr/local/lib/rabbitmq/bin/rabbitmq-server"];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "rabbitmq-server"));
        return candidates.Concat(onPath).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Local mode needs RabbitMQ: install rabbitmq-server (./network.sh run does it on Debian) or start a "
                    + "container runtime."
            );
    }
}
