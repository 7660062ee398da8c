using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Network.AppHost.Local;

/// <summary>
/// Local mode on the machine's PostgreSQL (<c>Database=PostgreSql</c>): a cluster of its own in the data folder, made
/// by <c>initdb</c> the first time, run by the app host as the unprivileged <c>postgres</c> user when it runs as root,
/// on a port the app host chooses, on loopback only, trusting the machine's own connections, stopped with its fast
/// shutdown. Each service's database is created once the server answers, before any service starts.
/// </summary>
internal static class LocalPostgreSql
{
    /// <summary>
    /// The server in a shell that turns the app host's stop (SIGTERM) into PostgreSQL's fast shutdown (SIGINT): on
    /// SIGTERM the server waits for every client to leave, which the services' connection pools never do, until it is
    /// killed and leaves its shared memory to the processes still serving, and a start after that fails. The server
    /// runs as <c>postgres</c> through <c>setpriv</c>, which replaces itself with the shell (<c>runuser</c> stays as a
    /// parent that kills its child two seconds after passing it a signal).
    /// </summary>
    private static readonly string[] AsPostgres =
    [
        "--reuid=postgres",
        "--regid=postgres",
        "--init-groups",
        "--",
        "/bin/sh",
    ];

    private const string FastShutdown =
        "trap 'kill -INT $pid' TERM INT; \"$@\" & pid=$!; wait $pid; status=$?; "
        + "if kill -0 $pid 2>/dev/null; then wait $pid; status=$?; fi; exit $status";

    public static IResourceBuilder<LocalPostgreSqlResource> AddLocalPostgreSql(
        this IDistributedApplicationBuilder builder,
        string name,
        string dataFolder,
        IReadOnlyCollection<string> databases
    )
    {
        var bin = Binaries();
        var data = Path.Combine(dataFolder, "data");
        Directory.CreateDirectory(dataFolder);
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            if (Environment.IsPrivilegedProcess)
            {
                Run("chown", ["-R", "postgres:postgres", dataFolder]);
                if (!OperatingSystem.IsWindows())
                {
                    LetPostgresThrough(Path.GetDirectoryName(dataFolder));
                }
            }

            Run(
                Path.Combine(bin, "initdb"),
                ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale"]
            );
        }

        var server = Path.Combine(bin, "postgres");
        var resource = new LocalPostgreSqlResource(
            name,
            Environment.IsPrivilegedProcess ? "setpriv" : "/bin/sh",
            dataFolder
        );
        var postgres = builder
            .AddResource(resource)
            .WithArgs([
                .. Environment.IsPrivilegedProcess ? AsPostgres : [],
                "-c",
                FastShutdown,
                "postgres",
                server,
                "-D",
                data,
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                $"unix_socket_directories={dataFolder}",
                "-c",
                "max_connections=300",
            ])
            .WithEndpoint(LocalPostgreSqlResource.EndpointName, endpoint =>
            {
                endpoint.UriScheme = "tcp";
                endpoint.IsProxied = false;
                endpoint.TargetHost = "127.0.0.1";
            })
            // The server reads its port from PGPORT when no -p is given.
            .WithEnvironment(context =>
                context.EnvironmentVariables["PGPORT"] = resource.Endpoint.Property(EndpointProperty.TargetPort)
            );

        var check = $"{name}-databases";
        builder
            .Services.AddHealthChecks()
            .AddAsyncCheck(check, async cancellationToken =>
            {
                try
                {
                    await CreateDatabasesAsync(resource.Endpoint.Port, databases, cancellationToken);
                    return HealthCheckResult.Healthy();
                }
                catch (NpgsqlException exception)
                {
                    return HealthCheckResult.Unhealthy("PostgreSQL does not accept connections yet.", exception);
                }
            });
        return postgres.WithHealthCheck(check);
    }

    private static async Task CreateDatabasesAsync(
        int port,
        IEnumerable<string> databases,
        CancellationToken cancellationToken
    )
    {
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Pooling = false,
        };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// The user postgres must reach its folder: a folder above it that others may not enter (a temporary folder is
    /// made for its owner alone) is opened to them for passing through only, never for listing or reading.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void LetPostgresThrough(string? folder)
    {
        for (; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var mode = File.GetUnixFileMode(folder);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(folder, mode | UnixFileMode.OtherExecute);
            }
        }
    }

    private static void Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.IsPrivilegedProcess && tool != "chown" ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (start.FileName == "runuser")
        {
            foreach (var argument in new[] { "-u", "postgres", "--", tool })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(tool)} failed ({process.ExitCode}): {output.Result}{error}"
            );
        }
    }

    /// <summary>The newest PostgreSQL of the machine's packages (Debian: /usr/lib/postgresql/N/bin).</summary>
    private static string Binaries() =>
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(folder => Path.Combine(folder, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin =>
                int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0
            )
            .FirstOrDefault()
        ?? throw new InvalidOperationException(
            "Database=PostgreSql in local mode needs the machine's PostgreSQL: install postgresql (Debian: apt-get "
                + "install postgresql), or leave Database unset for SQLite."
        );
}

/// <summary>A private cluster of the machine's PostgreSQL; each service's database is reached with
/// <see cref="ConnectionStringOf"/>.</summary>
internal sealed class LocalPostgreSqlResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory)
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringOf(string database) =>
        ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.TargetPort)};Username=postgres;"
                + $"Database={database}"
        );
}
