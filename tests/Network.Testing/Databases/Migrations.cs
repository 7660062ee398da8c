using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.Testing.Databases;

/// <summary>Whether a service's migrations, for each server provider, describe its current model.</summary>
public static class Migrations
{
    private static readonly DatabaseProvider[] ServerProviders =
    [
        DatabaseProvider.SqlServer,
        DatabaseProvider.PostgreSql,
    ];

    /// <summary>True when the model has changed since the last migration of SQL Server or of PostgreSQL: a migration
    /// is missing (<c>./network.sh migration SERVICE NAME</c> adds it for both).</summary>
    public static bool HavePendingModelChanges<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(create);
        return ServerProviders.Any(provider =>
        {
            var options = new DbContextOptionsBuilder<TContext>();
            ServiceDatabase.UseProvider(options, provider, ServiceDatabase.DesignTimeConnectionString(provider));
            using var db = create(options.Options);
            return db.Database.HasPendingModelChanges();
        });
    }
}
