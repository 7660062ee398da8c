using Network.ServiceDefaults.Persistence;
using Testcontainers.MsSql;

namespace Network.Testing.Databases;

/// <summary>
/// The database provider of this test run: SQLite files by default; SQL Server in a container when
/// <c>NETWORK_TEST_DATABASE=SqlServer</c> and a Docker engine answers, so the same tests run on both.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<Task<MsSqlContainer>> SqlServer = new(StartSqlServerAsync);

    public static DatabaseProvider Provider { get; } =
        Environment.GetEnvironmentVariable("NETWORK_TEST_DATABASE") is "SqlServer" && Docker.IsAvailable
            ? DatabaseProvider.SqlServer
            : DatabaseProvider.Sqlite;

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateAsync(string name)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("network-db-").FullName;
            return $"Data Source={Path.Combine(folder, name)}.db";
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
}
