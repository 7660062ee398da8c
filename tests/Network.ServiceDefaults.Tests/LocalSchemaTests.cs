using Microsoft.Data.Sqlite;
using Network.ServiceDefaults.Tests.Sample;
using Network.Testing;

namespace Network.ServiceDefaults.Tests;

/// <summary>A local SQLite file made by another version of the model: refused with a message, or recreated when
/// allowed.</summary>
[Collection(TestInfrastructure.Collection)]
public sealed class LocalSchemaTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_database_made_by_another_model_is_refused_unless_recreating_is_allowed()
    {
        var connectionString =
            $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("network-db-").FullName, "sample.db")}";
        await using (var old = new SqliteConnection(connectionString))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText = "CREATE TABLE \"Notes\" (\"Id\" TEXT NOT NULL PRIMARY KEY);";
            await create.ExecuteNonQueryAsync();
        }

        var settings = await infrastructure.ServiceSettingsAsync();
        settings["ConnectionStrings:sampledb"] = connectionString;
        settings["Database:Provider"] = "Sqlite";

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SampleService.StartAsync(settings));
        Assert.Contains("another version", refused.Message, StringComparison.Ordinal);

        settings["Database:RecreateOnModelChange"] = "true";
        await using var recreated = await SampleService.StartAsync(settings);
        using var client = recreated.Client();
        Assert.True((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode);

        // The next start on the same file finds its own fingerprint and keeps the data.
        settings["Database:RecreateOnModelChange"] = "false";
        await using var again = await SampleService.StartAsync(settings);
    }
}
