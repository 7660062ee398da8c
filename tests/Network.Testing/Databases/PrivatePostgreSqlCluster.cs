using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Network.Testing.Databases;

/// <summary>
/// A PostgreSQL cluster of its own, made with the machine's <c>initdb</c> and run with its <c>pg_ctl</c> as the
/// unprivileged <c>postgres</c> user (when the tests run as root): a free loopback port, its data and socket in a
/// temporary folder that is removed when the test process ends. It trusts loopback connections, which only this
/// machine's processes can open, and it trades durability for speed (no fsync), as a test's data may be lost.
/// </summary>
public sealed class PrivatePostgreSqlCluster : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _folder;
    private readonly string _bin;

    private PrivatePostgreSqlCluster(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>The cluster's superuser on its <c>postgres</c> database.</summary>
    public string AdminConnectionString =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;

    public static async Task<PrivatePostgreSqlCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("network-postgres-").FullName;
        var cluster = new PrivatePostgreSqlCluster(folder, Binaries(), FreePort.Next());
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
            }

            await cluster.RunToolAsync(
                "initdb",
                "-D",
                cluster.Data,
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync"
            );
            await cluster.ResumeAsync();
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        var prefix = new string(name.Where(char.IsAsciiLetterOrDigit).Take(24).ToArray());
        var database = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{database}\"";
            await create.ExecuteNonQueryAsync();
        }

        // Small pools that let go of idle connections soon: many tests' services share the cluster's connections.
        return new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database,
            MaxPoolSize = 30,
            ConnectionIdleLifetime = 10,
            ConnectionPruningInterval = 2,
        }.ConnectionString;
    }

    /// <summary>Stops the server at once, as a crash or a failover would: open connections are cut.</summary>
    public Task StopAsync() => RunToolAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    /// <summary>Starts the server again on the same data and port.</summary>
    public Task ResumeAsync() =>
        RunToolAsync(
            "pg_ctl",
            "-D",
            Data,
            "-l",
            Path.Combine(_folder, "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            string.Join(
                ' ',
                $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
                "-c listen_addresses=127.0.0.1",
                $"-c unix_socket_directories={_folder}",
                "-c max_connections=400",
                "-c shared_buffers=32MB",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off"
            ),
            "start"
        );

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            try
            {
                await StopAsync();
            }
            catch (InvalidOperationException)
            {
                // The folder goes below all the same; a server left without it stops on its own errors.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms no later run.
        }
    }

    private Task RunToolAsync(string tool, params string[] arguments) =>
        RunAsync(Path.Combine(_bin, tool), arguments, asPostgres: Environment.IsPrivilegedProcess);

    private static async Task RunAsync(string tool, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            // initdb and the server refuse to run as root.
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
        using var cancel = new CancellationTokenSource(CommandTimeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(tool)} {string.Join(' ', arguments)} failed ({process.ExitCode}): "
                    + await output
                    + await error
            );
        }
    }

    /// <summary>The newest PostgreSQL of the machine's packages (Debian: /usr/lib/postgresql/N/bin).</summary>
    private static string Binaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        return versions
            .Select(folder => Path.Combine(folder, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin =>
                int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0
            )
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed: NETWORK_TEST_DATABASE=PostgreSql needs initdb and pg_ctl "
                    + "(Debian: apt-get install postgresql; ./network.sh test installs it)."
            );
    }
}
