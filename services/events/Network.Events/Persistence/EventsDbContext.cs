using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Persistence;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : ServiceDbContext(options)
{
    /// <summary>The local replica of the partners directory.</summary>
    public DbSet<PartnerReplica> Partners => Set<PartnerReplica>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
    }
}
