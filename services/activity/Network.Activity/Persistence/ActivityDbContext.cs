using Microsoft.EntityFrameworkCore;
using Network.Activity.ReadModels;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Replicas;

namespace Network.Activity.Persistence;

public sealed class ActivityDbContext(DbContextOptions<ActivityDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ReceivedMessage> ReceivedMessages => Set<ReceivedMessage>();

    /// <summary>The partners' read model: name, commune and status, from the partners service's messages.</summary>
    public DbSet<PartnerReplica> Partners => Set<PartnerReplica>();

    public DbSet<EventActivity> Events => Set<EventActivity>();

    public DbSet<RegistrationActivity> Registrations => Set<RegistrationActivity>();

    public DbSet<ReferralActivity> Referrals => Set<ReferralActivity>();

    public DbSet<LoanActivity> Loans => Set<LoanActivity>();

    public DbSet<ItemActivity> Items => Set<ItemActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivityDbContext).Assembly);
    }
}
