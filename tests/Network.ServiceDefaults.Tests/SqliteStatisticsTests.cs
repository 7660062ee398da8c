using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Tests.Sample;
using Network.Testing;
using Network.Testing.Databases;

namespace Network.ServiceDefaults.Tests;

/// <summary>SQLite's planner gets statistics for the tables that have rows, as SQL Server gathers its own.</summary>
public sealed class SqliteStatisticsTests(TestInfrastructure infrastructure) : SampleServiceTest(infrastructure)
{
    [Fact]
    public async Task Tables_that_filled_up_get_planner_statistics()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await Service.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.InboxMessages.AddRange(
                Enumerable.Range(0, 500).Select(i => new InboxMessage(Guid.NewGuid(), $"Consumer{i % 3}", now))
            );
            return await db.SaveChangesAsync();
        });

        await new SqliteStatistics<SampleDbContext>(
            Service.App.Services.GetRequiredService<IServiceScopeFactory>(),
            TimeProvider.System,
            NullLogger<SqliteStatistics<SampleDbContext>>.Instance
        ).RefreshAsync(CancellationToken.None);

        var analysed = await Service.WithDbAsync(db =>
            db.Database.SqlQuery<string>($"SELECT tbl AS \"Value\" FROM sqlite_stat1").ToListAsync()
        );
        Assert.Contains("InboxMessages", analysed);
    }
}
