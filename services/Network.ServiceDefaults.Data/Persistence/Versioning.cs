using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Network.ServiceDefaults.Persistence;

internal static class Versioning
{
    public static void UseVersionConcurrencyTokens(this ModelBuilder modelBuilder)
    {
        foreach (
            var entity in modelBuilder
                .Model.GetEntityTypes()
                .Where(entity => typeof(IVersioned).IsAssignableFrom(entity.ClrType))
        )
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }
}

/// <summary>Bumps the version of every changed <see cref="IVersioned"/> entity as it is saved.</summary>
internal sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = Math.Max(entry.Entity.Version, 1);
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
