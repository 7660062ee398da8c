using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model for a server provider: SQL Server, or PostgreSQL when
/// the tool's arguments after <c>--</c> say <c>PostgreSql</c> (<c>./network.sh migration</c> passes them). No database
/// is contacted.
/// </summary>
public abstract class ServerDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ServiceDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var provider = args.Contains(nameof(DatabaseProvider.PostgreSql), StringComparer.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.SqlServer;
        var options = new DbContextOptionsBuilder<TContext>();
        ServiceDatabase.UseProvider(options, provider, ServiceDatabase.DesignTimeConnectionString(provider));
        return Create(options.Options);
    }

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
