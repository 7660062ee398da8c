using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model for SQL Server, the provider migrations
/// are kept for; no database is contacted.
/// </summary>
public abstract class SqlServerDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ServiceDbContext
{
    public TContext CreateDbContext(string[] args) =>
        Create(
            new DbContextOptionsBuilder<TContext>()
                .UseSqlServer("Server=design-time;Database=design-time;Integrated Security=false")
                .Options
        );

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
