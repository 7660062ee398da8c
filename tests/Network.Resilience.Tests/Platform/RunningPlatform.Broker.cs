using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Network.Resilience.Tests.Platform;

public sealed partial class RunningPlatform
{
    /// <summary>The private RabbitMQ node's data folder, which is also its HOME (where its Erlang cookie
    /// lives).</summary>
    public string BrokerFolder => Path.Combine(DataFolder, "rabbitmq");

    /// <summary>The private node's name, derived from its data folder as the app host derives it.</summary>
    public string BrokerNodeName =>
        $"network-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BrokerFolder)))[..10]}@localhost";

    /// <summary>Runs <c>rabbitmqctl</c> against the private node and returns its standard output.</summary>
    public async Task<string> BrokerCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(BrokerTool("rabbitmqctl"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(BrokerNodeName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = BrokerFolder;
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException(
                $"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}"
            );
    }

    /// <summary>The node's own scripts, which run as the calling user (Debian's wrappers on the PATH would switch
    /// user).</summary>
    private static string BrokerTool(string name)
    {
        string[] folders =
        [
            "/usr/lib/rabbitmq/bin",
            "/usr/local/lib/rabbitmq/bin",
            .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator),
        ];
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{name} is not installed.");
    }
}
