using Microsoft.EntityFrameworkCore;
using Network.Partners.Domain;
using Network.ServiceDefaults.Notices;
using Network.ServiceDefaults.Persistence;

namespace Network.Partners.Persistence;

public sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Partner> Partners => Set<Partner>();

    /// <summary>E-mails owed to structures and to the coordinator.</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<MemberChange> MemberChanges => Set<MemberChange>();

    public DbSet<MembershipTask> MembershipTasks => Set<MembershipTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new PartnerConfiguration());
        modelBuilder.AddNotices();
        modelBuilder.ApplyConfiguration(new PartnerStatusChangeConfiguration());
        modelBuilder.ApplyConfiguration(new MemberChangeConfiguration());
        modelBuilder.ApplyConfiguration(new MembershipTaskConfiguration());
    }
}
