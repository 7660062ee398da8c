using System.Data.Common;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;
using Npgsql;

namespace Network.Benchmarks;

/// <summary>The platform in local mode, started from the app host, with limits raised so that load is not
/// throttled.</summary>
internal sealed class LocalPlatform : IAsyncDisposable
{
    private readonly DistributedApplication _app;
    private readonly string _dataFolder;

    private LocalPlatform(DistributedApplication app, string dataFolder, TimeSpan startup, DatabaseProvider provider)
    {
        _app = app;
        _dataFolder = dataFolder;
        Startup = startup;
        Provider = provider;
    }

    /// <summary>The services' database provider: SQLite files, or a private PostgreSQL cluster.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>From the app host's start to the gateway answering healthy (every resource healthy before
    /// it).</summary>
    public TimeSpan Startup { get; }

    /// <summary>The single number <paramref name="sql"/> counts in a service's database (identifiers in double
    /// quotes, which both providers read).</summary>
    public async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="sql"/>, a write, in a service's database.</summary>
    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The options of a service's context on this platform's database provider.</summary>
    public async Task<DbContextOptions<TContext>> OptionsAsync<TContext>(string database)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        ServiceDatabase.UseProvider(options, Provider, await ConnectionStringAsync(database));
        return options.Options;
    }

    private async Task<DbConnection> OpenAsync(string database)
    {
        var connectionString = await ConnectionStringAsync(database);
        DbConnection connection =
            Provider == DatabaseProvider.PostgreSql
                ? new NpgsqlConnection(connectionString)
                : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// The process of each service of this platform and of its portal (found by the data folder in its environment), by
    /// name. The gateway and the identity provider are not among them.
    /// </summary>
    public IReadOnlyDictionary<string, int> ServiceProcesses()
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                var executable = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0')[0];
                var name = Path.GetFileName(executable);
                if (
                    name.StartsWith("Network.", StringComparison.Ordinal)
                    && name is not ("Network.DevIdentity" or "Network.Gateway")
                    && File.ReadAllText(Path.Combine(folder, "environ")).Contains(_dataFolder, StringComparison.Ordinal)
                )
                {
                    found[name["Network.".Length..].ToLowerInvariant()] = pid;
                }
            }
            catch (IOException)
            {
                // A process that ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's process.
            }
        }

        return found;
    }

    public Uri Gateway => _app.GetEndpoint("gateway", "http");

    public Uri Service(string name) => _app.GetEndpoint(name, "http");

    /// <summary>The connection string a resource (a service's database) was given.</summary>
    public async Task<string> ConnectionStringAsync(string name) =>
        await _app.GetConnectionStringAsync(name)
        ?? throw new InvalidOperationException($"{name} has no connection string.");

    /// <summary>A token of the demo coordinator, from the identity provider's password grant.</summary>
    public Task<string> CoordinatorTokenAsync() => TokenAsync("coordinatrice");

    /// <summary>A token of a demo user (whose password is their user name), from the identity provider's password
    /// grant.</summary>
    public async Task<string> TokenAsync(string userName)
    {
        using var http = new HttpClient { BaseAddress = _app.GetEndpoint("identity", "http") };
        using var form = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = "network-cli",
                ["username"] = userName,
                ["password"] = userName,
            }
        );
        using var response = await http.PostAsync(
            new Uri("/realms/network/protocol/openid-connect/token", UriKind.Relative),
            form
        );
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <param name="postgreSql">Whether the services run on a private PostgreSQL cluster rather than SQLite
    /// files.</param>
    public static async Task<LocalPlatform> StartAsync(bool postgreSql = false)
    {
        var dataFolder = Directory.CreateTempSubdirectory("network-bench-").FullName;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Network_AppHost>([
            "Infrastructure=local",
            $"DataFolder={dataFolder}",
            $"Ports:Gateway={FreePort()}",
            $"Ports:Identity={FreePort()}",
            $"Ports:MailInbox={FreePort()}",
            $"Ports:Smtp={FreePort()}",
            "Gateway:Environment:RateLimiting__Anonymous__PermitLimit=1000000000",
            "Gateway:Environment:RateLimiting__Authenticated__PermitLimit=1000000000",
            "Gateway:Environment:RateLimiting__SelfRegistration__PermitLimit=1000000000",
            "Gateway:Environment:Logging__LogLevel__Default=Warning",
            // The services name the data folder in their databases' connection strings, the portal nowhere: this names
            // it in every project's environment, which is how the benchmark tells this platform's processes from
            // another's.
            $"Projects:Environment:NETWORK_BENCHMARK_DATA_FOLDER={dataFolder}",
            $"Database={(postgreSql ? "PostgreSql" : "Sqlite")}",
        ]);
        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var started = System.Diagnostics.Stopwatch.StartNew();
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        return new LocalPlatform(
            app,
            dataFolder,
            started.Elapsed,
            postgreSql ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite
        );
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
