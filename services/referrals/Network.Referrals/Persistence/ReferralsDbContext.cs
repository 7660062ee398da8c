using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Network.Referrals.Domain;
using Network.Referrals.Seats;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;
using Network.ServiceDefaults.Protection;
using Network.ServiceDefaults.Replicas;

namespace Network.Referrals.Persistence;

public sealed class ReferralsDbContext(DbContextOptions<ReferralsDbContext> options, PersonalDataProtector protector)
    : ServiceDbContext(options),
        IProtectedDbContext
{
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralHistoryEntry> History => Set<ReferralHistoryEntry>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<ReferralComment> Comments => Set<ReferralComment>();

    /// <summary>The local replica of the partners directory: is the receiver active?</summary>
    public DbSet<PartnerReplica> Partners => Set<PartnerReplica>();

    /// <summary>E-mails owed to structures about their referrals.</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    /// <summary>The local replica of the published events: where may a referral hold a seat?</summary>
    public DbSet<EventReplica> Events => Set<EventReplica>();

    PersonalDataProtector IProtectedDbContext.Protector => protector;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendOnly.Guard(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        AppendOnly.Guard(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);

        // The encrypting converters hold this context's protector: the model is cached per protector.
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.AddNotices();
        modelBuilder.ApplyConfiguration(new ReferralConfiguration(protector));
        modelBuilder.ApplyConfiguration(new ReferralHistoryConfiguration());
        modelBuilder.ApplyConfiguration(new AccessLogConfiguration());
        modelBuilder.ApplyConfiguration(new ReferralCommentConfiguration(protector));
        modelBuilder.Entity<EventReplica>(builder =>
        {
            builder.ToTable("EventReplicas");
            builder.HasKey(e => e.Id);
            builder.Property(e => e.Id).ValueGeneratedNever();
            builder.Property(e => e.Status).HasMaxLength(20);
        });
    }
}
