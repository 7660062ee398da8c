using System.Diagnostics;
using System.Net.Sockets;

namespace Network.Testing.RabbitMq;

/// <summary>
/// A RabbitMQ node of its own, started from the machine's <c>rabbitmq-server</c>: a unique node name, free
/// ports, and its data, logs and Erlang cookie in a temporary folder that is removed at the end.
/// </summary>
internal sealed class PrivateRabbitMqNode : RabbitMqBroker
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _folder;
    private readonly string _nodeName;
    private readonly int _distributionPort;
    private Process? _server;

    private PrivateRabbitMqNode(string folder, string nodeName, int port, int distributionPort)
    {
        _folder = folder;
        _nodeName = nodeName;
        Port = port;
        _distributionPort = distributionPort;
    }

    public override string Host => "127.0.0.1";

    public override int Port { get; }

    public static new async Task<PrivateRabbitMqNode> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("network-rabbitmq-").FullName;
        var node = new PrivateRabbitMqNode(
            folder,
            $"network-test-{Guid.NewGuid():N}"[..24] + "@localhost",
            FreePort.Next(),
            FreePort.Next()
        );
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].");
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"), "loopback_users = none\n");
        try
        {
            await node.LaunchAsync();
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }

        return node;
    }

    public override async Task StopAsync()
    {
        await RunCtlAsync("stop");
        await WaitForExitAsync();
    }

    public override Task ResumeAsync() => LaunchAsync();

    public override async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            try
            {
                await RunCtlAsync("stop");
            }
            catch (InvalidOperationException)
            {
                // Stopped below by force.
            }

            await WaitForExitAsync();
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms no later run.
        }
    }

    protected override async Task RunCtlAsync(params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(
            Tool("rabbitmqctl"),
            ["-n", _nodeName, .. arguments],
            TimeSpan.FromSeconds(60)
        );
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl {string.Join(' ', arguments)} failed ({exitCode}): {output}"
            );
        }
    }

    private async Task LaunchAsync()
    {
        var start = new ProcessStartInfo(Tool("rabbitmq-server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Configure(start);
        _server?.Dispose();
        _server = Process.Start(start) ?? throw new InvalidOperationException("rabbitmq-server did not start.");
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AcceptsConnectionsAsync())
        {
            if (_server.HasExited || DateTime.UtcNow > deadline)
            {
                var log = Directory
                    .EnumerateFiles(Path.Combine(_folder, "log"), "*.log")
                    .Select(File.ReadAllText)
                    .LastOrDefault();
                throw new InvalidOperationException($"The private RabbitMQ node did not start. {log}");
            }

            await Task.Delay(200);
        }

        await RunCtlAsync("await_startup");
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(Host, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task WaitForExitAsync()
    {
        if (_server is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
    }

    private void Configure(ProcessStartInfo start)
    {
        var environment = start.Environment;
        environment["HOME"] = _folder;
        environment["RABBITMQ_NODENAME"] = _nodeName;
        environment["RABBITMQ_NODE_IP_ADDRESS"] = Host;
        environment["RABBITMQ_NODE_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(
            System.Globalization.CultureInfo.InvariantCulture
        );
        environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia");
        environment["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log");
        environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq");
        environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins");
        environment["RABBITMQ_PID_FILE"] = Path.Combine(_folder, "rabbitmq.pid");
        environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string tool, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Configure(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        using var cancel = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>
    /// The node's own scripts, which run as the calling user; Debian's wrappers on the PATH would switch
    /// to the <c>rabbitmq</c> user, who cannot write to a test's folder.
    /// </summary>
    private static string Tool(string name)
    {
        foreach (var folder in new[] { "/usr/lib/rabbitmq/bin", "/usr/local/lib/rabbitmq/bin" })
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        return onPath
            ?? throw new InvalidOperationException(
                $"{name} is not installed and no Docker engine answers. Install RabbitMQ (Debian: apt-get install "
                    + "rabbitmq-server) or start Docker."
            );
    }
}
