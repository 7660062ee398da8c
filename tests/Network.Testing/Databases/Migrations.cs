using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.Testing.Databases;

/// <summary>Whether a service's SQL Server migrations describe its current model.</summary>
public static class Migrations
{
    /// <summary>True when the model has changed since the last migration: a migration is missing.</summary>
    public static bool HavePendingModelChanges<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(create);
        var options = new DbContextOptionsBuilder<TContext>()
            .UseSqlServer("Server=model-check;Database=model-check;Integrated Security=false")
            .Options;
        using var db = create(options);
        return db.Database.HasPendingModelChanges();
    }
}
