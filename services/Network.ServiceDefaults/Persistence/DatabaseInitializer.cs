using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Brings the schema up to date before anything else starts: SQL Server through the service's migrations
/// (concurrent replicas wait on EF Core's migration lock), SQLite from the model (with write-ahead logging,
/// so that readers never wait for a writer).
/// </summary>
internal sealed class DatabaseInitializer<TContext>(IServiceScopeFactory scopes) : IHostedService
    where TContext : ServiceDbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Database.IsSqlServer() && db.Database.GetMigrations().Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        if (db.Database.IsSqlServer())
        {
            // A context without migrations (a test's own) gets its schema from the model.
            await db.Database.EnsureCreatedAsync(cancellationToken);
            return;
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        try
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Another instance on the same file may have created it at the same moment.
            if (!await db.GetService<IRelationalDatabaseCreator>().HasTablesAsync(cancellationToken))
            {
                throw;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
