using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.Activity.Persistence;

internal sealed class ActivityDesignTimeFactory : ServerDesignTimeFactory<ActivityDbContext>
{
    protected override ActivityDbContext Create(DbContextOptions<ActivityDbContext> options) => new(options);
}
