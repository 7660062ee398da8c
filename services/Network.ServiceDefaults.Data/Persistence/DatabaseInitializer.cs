using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Brings the schema up to date before anything else starts: SQL Server and PostgreSQL through the service's migrations
/// of that provider
/// (concurrent replicas wait on EF Core's migration lock), SQLite from the model (<see cref="LocalSchema"/>, with
/// write-ahead logging, so that readers never wait for a writer).
/// </summary>
internal sealed class DatabaseInitializer<TContext>(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<DatabaseInitializer<TContext>> logger
) : IHostedService
    where TContext : ServiceDbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (!db.Database.IsSqlite() && db.Database.GetMigrations().Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        if (!db.Database.IsSqlite())
        {
            // A context without migrations (a test's own) gets its schema from the model.
            await db.Database.EnsureCreatedAsync(cancellationToken);
            return;
        }

        await LocalSchema.EnsureAsync(
            db,
            configuration.GetValue(LocalSchema.RecreateKey, false),
            logger,
            cancellationToken
        );
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
