using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Network.Events.Domain;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;
using Network.ServiceDefaults.Replicas;

namespace Network.Events.Persistence;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options, PersonalDataProtector protector)
    : ServiceDbContext(options),
        IProtectedDbContext
{
    public DbSet<Event> Events => Set<Event>();

    public DbSet<Registration> Registrations => Set<Registration>();

    /// <summary>What the public got for registering a contact already registered, so that cancelling with it answers as
    /// usual.</summary>
    public DbSet<RegistrationDecoy> RegistrationDecoys => Set<RegistrationDecoy>();

    /// <summary>E-mails owed to registrants about their registrations and events.</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    /// <summary>The local replica of the partners directory.</summary>
    public DbSet<PartnerReplica> Partners => Set<PartnerReplica>();

    /// <summary>The referrals that registered a resident or were erased: an erased referral registers nobody.</summary>
    public DbSet<ReferralState> ReferralStates => Set<ReferralState>();

    /// <summary>Secrets the service drew for itself, encrypted.</summary>
    public DbSet<ServiceSecret> Secrets => Set<ServiceSecret>();

    PersonalDataProtector IProtectedDbContext.Protector => protector;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.ApplyConfiguration(new EventConfiguration());
        modelBuilder.ApplyConfiguration(new RegistrationConfiguration(protector));
        modelBuilder.ApplyConfiguration(new ReferralStateConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceSecretConfiguration(protector));
        modelBuilder.AddNotices();
        modelBuilder.ApplyConfiguration(new RegistrationDecoyConfiguration());
    }
}
