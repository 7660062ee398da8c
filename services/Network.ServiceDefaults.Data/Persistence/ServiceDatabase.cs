using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Network.ServiceDefaults.Health;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Protection;

namespace Network.ServiceDefaults.Persistence;

/// <summary>The providers <c>Database:Provider</c> chooses between.</summary>
public enum DatabaseProvider
{
    /// <summary>Local mode and tests: the schema is created from the model.</summary>
    Sqlite,

    /// <summary>Production and container mode: the schema comes from the service's migrations.</summary>
    SqlServer,
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
                // Resolved once per scope: a request's scope bounds how long its writes wait for a locked SQLite file.
                var inRequest = services.GetService<IHttpContextAccessor>()?.HttpContext is not null;
                UseProvider(
                    options,
                    provider,
                    provider == DatabaseProvider.Sqlite
                        ? SqliteBusy.ForCaller(connectionString, inRequest)
                        : connectionString
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

    public static DbContextOptionsBuilder UseProvider(
        DbContextOptionsBuilder options,
        DatabaseProvider provider,
        string connectionString
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()),
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            _ => throw new InvalidOperationException($"{ProviderKey} must be Sqlite or SqlServer."),
        };
    }
}
