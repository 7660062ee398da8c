using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Health;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Protection;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Network.ServiceDefaults.Persistence;

/// <summary>The providers <c>Database:Provider</c> chooses between.</summary>
public enum DatabaseProvider
{
    /// <summary>Local mode and tests: the schema is created from the model.</summary>
    Sqlite,

    /// <summary>Production and container mode: the schema comes from the service's migrations.</summary>
    SqlServer,

    /// <summary>Production and container mode, or local mode on the machine's PostgreSQL: the schema comes from the
    /// service's PostgreSQL migrations.</summary>
    PostgreSql,
}

public static class ServiceDatabase
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// Registers the service's DbContext on the configured provider, its schema set-up and its health check. What a
    /// service stores encrypted (idempotent answers at least) is readable only with its key ring, so a service with
    /// a database needs one (<see cref="KeyRing.RequireKeyRing"/>).
    /// </summary>
    public static void AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
    {
        builder.RequireKeyRing();
        var provider = builder.Configuration.GetValue(ProviderKey, DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<VersioningInterceptor>();
        builder.Services.TryAddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddDbContext<TContext>(
            (services, options) =>
            {
                // Resolved once per scope: a request's scope bounds how long its writes wait for a lock.
                var inRequest = services.GetService<IHttpContextAccessor>()?.HttpContext is not null;
                UseProvider(
                    options,
                    provider,
                    provider switch
                    {
                        DatabaseProvider.Sqlite => SqliteBusy.ForCaller(connectionString, inRequest),
                        DatabaseProvider.PostgreSql => PostgreSqlLocks.ForCaller(connectionString, inRequest),
                        _ => connectionString,
                    },
                    inRequest
                );
                options.AddInterceptors(
                    services.GetRequiredService<VersioningInterceptor>(),
                    services.GetRequiredService<OutboxSignalInterceptor>()
                );
            }
        );
        builder.Services.AddScoped<ServiceDbContext>(services => services.GetRequiredService<TContext>());
        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        builder.Services.AddHostedService<StoreHousekeeping>();
        if (provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddHostedService<SqliteStatistics<TContext>>();
        }

        builder
            .Services.AddHealthChecks()
            .AddDbContextCheck<TContext>("database", tags: [HealthEndpoints.HealthTag, HealthEndpoints.ReadinessTag]);
    }

    /// <summary>A connection string that names no reachable server, to build a server provider's model (design time,
    /// the check that every model change has its migration): nothing is connected.</summary>
    public static string DesignTimeConnectionString(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql
            ? "Host=design-time;Database=design-time"
            : "Server=design-time;Database=design-time;Integrated Security=false";

    /// <summary>
    /// Sets <paramref name="options"/> to the provider. The server providers retry what fails transiently (a server
    /// restarting, a deadlock, a serialisation failure); a request (<paramref name="inRequest"/>) retries less, for
    /// its caller waits, and hears 503 when the retries are spent.
    /// </summary>
    public static DbContextOptionsBuilder UseProvider(
        DbContextOptionsBuilder options,
        DatabaseProvider provider,
        string connectionString,
        bool inRequest = false
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        var retries = inRequest ? 2 : 6;
        var delay = TimeSpan.FromSeconds(inRequest ? 1 : 30);
        return provider switch
        {
            DatabaseProvider.SqlServer => options
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(retries, delay, null))
                .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>(),
            DatabaseProvider.PostgreSql => options
                .UseNpgsql(connectionString, npgsql =>
                    npgsql.ExecutionStrategy(dependencies =>
                        inRequest
                            ? new RequestRetries(dependencies, retries, delay)
                            : new NpgsqlRetryingExecutionStrategy(dependencies, retries, delay, null)
                    )
                )
                .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>(),
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            _ => throw new InvalidOperationException($"{ProviderKey} must be Sqlite, SqlServer or PostgreSql."),
        };
    }
}
