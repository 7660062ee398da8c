using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Network.ServiceDefaults.Persistence;
using Network.Testing;
using Network.Testing.Databases;
using Network.Testing.Hosting;
using Network.Testing.Identity;

namespace Network.Resilience.Tests.Platform;

/// <summary>
/// The whole platform started from the app host in local mode, as <c>network.sh run</c> starts it (a private RabbitMQ
/// node, one SQLite file per service or a private PostgreSQL cluster, DevIdentity, the services and the gateway), with
/// the controls a fault test
/// needs: stop, start and kill a resource, read every log line, open the databases.
/// </summary>
public sealed partial class RunningPlatform : IAsyncDisposable
{
    public static readonly string[] Services = ["partners", "events", "referrals", "equipment", "activity"];

    /// <summary>The database of each service, by service name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Databases = Services.ToDictionary(
        name => name,
        name => name + "db"
    );

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly DistributedApplication _app;
    private readonly LogCapture _logs;

    private RunningPlatform(DistributedApplication app, string dataFolder, LogCapture logs)
    {
        _app = app;
        DataFolder = dataFolder;
        _logs = logs;
    }

    public string DataFolder { get; }

    /// <summary>Whether the services run on the local PostgreSQL cluster (<c>NETWORK_TEST_DATABASE=PostgreSql</c>),
    /// not on SQLite files.</summary>
    public static bool PostgreSql => TestDatabase.Provider == DatabaseProvider.PostgreSql;

    /// <summary>The app host's resource of the PostgreSQL cluster, to stop and start.</summary>
    public const string PostgreSqlResource = "postgres";

    public DistributedApplication App => _app;

    public Uri Gateway => _app.GetEndpoint("gateway", "http");

    public Uri Identity => _app.GetEndpoint("identity", "http");

    /// <summary>A service reached directly, without the gateway (through the app host's proxy when it has
    /// replicas).</summary>
    public Uri Service(string name) => _app.GetEndpoint(name, "http");

    /// <summary>Every log line every resource wrote since the platform started: services, gateway, identity,
    /// broker.</summary>
    public IReadOnlyList<LogLine> Logs => _logs.Lines;

    /// <summary>The file of a service's SQLite database.</summary>
    public string DatabaseFile(string service) => Path.Combine(DataFolder, Databases[service] + ".db");

    /// <summary>A token of a demo user, from the identity provider's password grant (see
    /// <see cref="DemoUsers"/>).</summary>
    public Task<string> TokenAsync(string userName) =>
        DevIdentityClient.PasswordTokenAsync(Identity, userName, userName);

    /// <summary>A client of the gateway (or of <paramref name="baseAddress"/>) acting as a demo user, or
    /// anonymous.</summary>
    public async Task<HttpClient> ClientAsync(string? userName, Uri? baseAddress = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress ?? Gateway };
        return userName is null ? client : client.Acting(await TokenAsync(userName));
    }

    public async Task<string> BrokerConnectionStringAsync() =>
        await _app.GetConnectionStringAsync("rabbitmq")
        ?? throw new InvalidOperationException("The broker has no connection string.");

    /// <param name="replicas">How many instances of every service run at once on the same databases and broker.</param>
    /// <param name="settings">More settings of the app host, <c>Key=value</c>, after the fixture's own.</param>
    public static async Task<RunningPlatform> StartAsync(int replicas = 1, IEnumerable<string>? settings = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("network-resilience-").FullName;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Network_AppHost>([
            "Infrastructure=local",
            $"DataFolder={dataFolder}",
            $"Ports:Gateway={FreePort.Next()}",
            $"Ports:Identity={FreePort.Next()}",
            $"Ports:MailInbox={FreePort.Next()}",
            $"Ports:Smtp={FreePort.Next()}",
            $"Replicas={replicas}",
            // Thousands of requests from a handful of users: the gateway's rate limits are not what is under test here.
            "Gateway:Environment:RateLimiting__Anonymous__PermitLimit=1000000000",
            "Gateway:Environment:RateLimiting__Authenticated__PermitLimit=1000000000",
            "Gateway:Environment:RateLimiting__SelfRegistration__PermitLimit=1000000000",
            .. PostgreSql ? ["Database=PostgreSql"] : Array.Empty<string>(),
            .. settings ?? [],
        ]);
        var app = await builder.BuildAsync();
        var logs = LogCapture.Start(app);
        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            await app.StartAsync(timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
            return new RunningPlatform(app, dataFolder, logs);
        }
        catch (OperationCanceledException timedOut)
        {
            var unhealthy = StartFailure.Describe(app, logs);
            await logs.DisposeAsync();
            await app.DisposeAsync();
            throw new TimeoutException(
                $"The platform was not healthy within {StartTimeout.TotalSeconds:0} s.{unhealthy}",
                timedOut
            );
        }
        catch
        {
            await logs.DisposeAsync();
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops every instance of a resource the way an operator does (the app host's stop command) and waits
    /// until they have.</summary>
    public async Task StopAsync(string resource)
    {
        foreach (var instance in _logs.InstancesOf(resource))
        {
            await ExecuteAsync(instance, KnownResourceCommands.StopCommand);
            // Polled by instance id: waiting on the notifications by that id never sees a resource without replicas
            // stop.
            await Eventually.AssertAsync(
                () =>
                    Task.FromResult(
                        _app.ResourceNotifications.TryGetCurrentState(instance, out var state)
                            && KnownResourceStates.TerminalStates.Contains(state.Snapshot.State?.Text)
                    ),
                $"{instance} has stopped",
                StartTimeout
            );
        }
    }

    /// <summary>Starts every instance of a stopped or killed resource again and waits until each is healthy.</summary>
    public async Task StartAsync(string resource)
    {
        foreach (var instance in _logs.InstancesOf(resource))
        {
            var asked = DateTime.UtcNow;
            await ExecuteAsync(instance, KnownResourceCommands.StartCommand);
            await Eventually.AssertAsync(
                () => Task.FromResult(HealthySince(instance, asked)),
                $"{instance} is healthy again",
                StartTimeout
            );
        }
    }

    /// <summary>Running, with every health check passed since <paramref name="since"/> (not a report left from before a
    /// stop).</summary>
    private bool HealthySince(string instance, DateTime since) =>
        _app.ResourceNotifications.TryGetCurrentState(instance, out var state)
        && state.Snapshot.State?.Text == KnownResourceStates.Running
        && state.Snapshot.HealthReports.Length > 0
        && state.Snapshot.HealthReports.All(report =>
            report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
            && report.LastRunAt > since
        );

    /// <summary>
    /// Kills every process of a resource at once (SIGKILL: no graceful shutdown, no last flush), as a crash or the
    /// out-of-memory killer would, and waits until the app host has seen it exit.
    /// </summary>
    public async Task KillAsync(string resource)
    {
        foreach (var pid in InstancesOf(resource).Select(instance => instance.Pid).Where(IsRunning))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // It exited between the listing and the kill: what the kill was for.
            }
        }

        await Eventually.AssertAsync(
            () => Task.FromResult(InstancesOf(resource).All(instance => instance.Pid == 0 || !IsRunning(instance.Pid))),
            $"every instance of {resource} has exited"
        );
    }

    /// <summary>The running instances of a resource (one per replica) with their process ids.</summary>
    public IReadOnlyList<(string Name, int Pid)> InstancesOf(string resource)
    {
        var instances = _logs.InstancesOf(resource);
        var notifications = _app.ResourceNotifications;
        return instances
            .Select(name =>
                notifications.TryGetCurrentState(name, out var state) ? (name, Pid(state.Snapshot)) : (name, 0)
            )
            .ToList();
    }

    private static int Pid(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, out var pid) => pid,
            _ => 0,
        };

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task ExecuteAsync(string instance, string command)
    {
        var commands = _app.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(instance, command);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} on {instance}: {result.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _logs.DisposeAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms no later run.
        }
    }
}
