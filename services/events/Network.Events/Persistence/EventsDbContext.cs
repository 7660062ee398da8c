using Microsoft.EntityFrameworkCore;
using Network.Events.Domain;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Persistence;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Event> Events => Set<Event>();

    public DbSet<Registration> Registrations => Set<Registration>();

    /// <summary>What the public got for registering a contact already registered, so that cancelling with it answers as usual.</summary>
    public DbSet<RegistrationDecoy> RegistrationDecoys => Set<RegistrationDecoy>();

    /// <summary>Messages owed to registrants about changes to their events.</summary>
    public DbSet<RegistrantNotice> Notices => Set<RegistrantNotice>();

    /// <summary>The local replica of the partners directory.</summary>
    public DbSet<PartnerReplica> Partners => Set<PartnerReplica>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.ApplyConfiguration(new EventConfiguration());
        modelBuilder.ApplyConfiguration(new RegistrationConfiguration());
        modelBuilder.ApplyConfiguration(new RegistrantNoticeConfiguration());
        modelBuilder.ApplyConfiguration(new RegistrationDecoyConfiguration());
    }
}
