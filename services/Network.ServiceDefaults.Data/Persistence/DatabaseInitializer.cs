using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Brings the schema up to date before anything else starts: SQL Server and PostgreSQL through the service's migrations
/// of that provider (concurrent replicas wait on EF Core's migration lock), SQLite from the model
/// (<see cref="LocalSchema"/>, with write-ahead logging, so that readers never wait for a writer). With
/// <c>Database__MigrateAtStart=false</c> (production, where a migrations bundle runs first and the service has no
/// right to change the schema) it only checks that every migration has been applied, and refuses to start otherwise.
/// </summary>
internal sealed class DatabaseInitializer<TContext>(
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<DatabaseInitializer<TContext>> logger
) : IHostedService
    where TContext : ServiceDbContext
{
    public const string MigrateAtStartKey = "Database:MigrateAtStart";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (!db.Database.IsSqlite() && db.Database.GetMigrations().Any())
        {
            if (configuration.GetValue(MigrateAtStartKey, true))
            {
                await db.Database.MigrateAsync(cancellationToken);
                return;
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and "
                        + $"{MigrateAtStartKey} is false: run the service's migrations bundle first."
                );
            }

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
