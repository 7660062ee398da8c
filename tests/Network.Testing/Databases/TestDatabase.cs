using Network.ServiceDefaults.Persistence;
using Testcontainers.MsSql;

namespace Network.Testing.Databases;

/// <summary>
/// The database provider of this test run: SQLite files by default; a private PostgreSQL cluster of the machine's
/// PostgreSQL with <c>NETWORK_TEST_DATABASE=PostgreSql</c>; SQL Server in a container when
/// <c>NETWORK_TEST_DATABASE=SqlServer</c> and a Docker engine answers; so the same tests run on each. One server
/// serves the whole test process, and each test gets a database of its own.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<MsSqlContainer>> SqlServer = new(StartSqlServerAsync);
    private static readonly Lazy<Task<PrivatePostgreSqlCluster>> PostgreSql = new(StartPostgreSqlAsync);

    public static DatabaseProvider Provider { get; } =
        Environment.GetEnvironmentVariable("NETWORK_TEST_DATABASE") switch
        {
            "PostgreSql" => DatabaseProvider.PostgreSql,
            "SqlServer" when Docker.IsAvailable => DatabaseProvider.SqlServer,
            _ => DatabaseProvider.Sqlite,
        };

    /// <summary>The PostgreSQL cluster of this run (<see cref="Provider"/> must be PostgreSql): a test may stop and
    /// restart it.</summary>
    public static Task<PrivatePostgreSqlCluster> PostgreSqlCluster =>
        Provider == DatabaseProvider.PostgreSql
            ? PostgreSql.Value
            : throw new InvalidOperationException("This run's database is not PostgreSQL.");

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateAsync(string name)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("network-db-").FullName;
            return $"Data Source={Path.Combine(folder, name)}.db";
        }

        if (Provider == DatabaseProvider.PostgreSql)
        {
            return await (await PostgreSql.Value).CreateDatabaseAsync(name);
        }

        var container = await SqlServer.Value;
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(container.GetConnectionString())
        {
            InitialCatalog = $"{name}_{Guid.NewGuid():N}",
        };
        return builder.ConnectionString;
    }

    private static async Task<MsSqlContainer> StartSqlServerAsync()
    {
        var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync();
        return container;
    }

    private static async Task<PrivatePostgreSqlCluster> StartPostgreSqlAsync()
    {
        var cluster = await PrivatePostgreSqlCluster.StartAsync();

        // The cluster lives as long as the test process, as a container would; it is stopped and removed as it ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
