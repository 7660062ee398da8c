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

    public DbSet<DailyTotals> DailyTotals => Set<DailyTotals>();

    /// <summary>
    /// When set, what each save changes in the daily totals is added here instead of to the stored days, for the caller
    /// to apply once before its transaction commits (a rebuild saves its rows many times in one transaction).
    /// </summary>
    internal DailyTotalsChanges? DeferredTotals { get; set; }

    /// <summary>Saves the rows and, in the same transaction, what they change in the daily totals.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = DailyTotalsChanges.Of(ChangeTracker);
        if (changes.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Read-model rows are saved in a transaction, with the daily totals they change.");
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (DeferredTotals is { } deferred)
        {
            deferred.Add(changes);
            return saved;
        }

        return await changes.ApplyAsync(this, cancellationToken)
            ? saved + await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => DailyTotalsChanges.Of(ChangeTracker).IsEmpty
        ? base.SaveChanges(acceptAllChangesOnSuccess)
        : throw new InvalidOperationException("Read-model rows are saved with SaveChangesAsync, which keeps the daily totals.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivityDbContext).Assembly);
    }
}
