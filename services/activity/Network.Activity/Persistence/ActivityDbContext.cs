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

    public DbSet<ReadModelState> ReadModelState => Set<ReadModelState>();

    /// <summary>Counts one more change of the read models, in the current transaction (<see
    /// cref="ReadModels.ReadModelState"/>).</summary>
    internal Task ChangedAsync(CancellationToken cancellationToken) =>
        ReadModelState.ExecuteUpdateAsync(
            set => set.SetProperty(state => state.Version, state => state.Version + 1),
            cancellationToken
        );

    /// <summary>How many changes of the read models were committed.</summary>
    internal Task<long> VersionAsync(CancellationToken cancellationToken) =>
        ReadModelState.AsNoTracking().Select(state => state.Version).SingleAsync(cancellationToken);

    /// <summary>What the saves changed in the daily totals while they are deferred; null when they are not.</summary>
    private DailyTotalsChanges? _deferredTotals;

    /// <summary>
    /// From now on, what each save changes in the daily totals is added up in memory instead of written, until
    /// <see cref="SaveDeferredTotalsAsync"/> writes it once (a rebuild saves its rows many times in one transaction).
    /// </summary>
    internal void DeferTotals() => _deferredTotals ??= new DailyTotalsChanges();

    /// <summary>Writes the daily totals deferred since <see cref="DeferTotals"/>, in the current transaction, and stops
    /// deferring.</summary>
    internal async Task SaveDeferredTotalsAsync(CancellationToken cancellationToken)
    {
        var deferred = _deferredTotals ?? throw new InvalidOperationException("No daily totals are deferred.");
        _deferredTotals = null;
        await SaveTotalsAsync(deferred, acceptAllChangesOnSuccess: true, cancellationToken);
    }

    /// <summary>Stops deferring the daily totals and forgets them (the transaction they belong to is not
    /// committed).</summary>
    internal void DiscardDeferredTotals() => _deferredTotals = null;

    /// <summary>Saves the rows and, in the same transaction, what they change in the daily totals.</summary>
    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        var changes = DailyTotalsChanges.Of(ChangeTracker);
        if (changes.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Read-model rows are saved in a transaction, with the daily totals they change."
            );
        }

        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (_deferredTotals is { } deferred)
        {
            deferred.Add(changes);
            return saved;
        }

        return saved + await SaveTotalsAsync(changes, acceptAllChangesOnSuccess, cancellationToken);
    }

    private async Task<int> SaveTotalsAsync(
        DailyTotalsChanges changes,
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken
    ) =>
        await changes.ApplyAsync(this, cancellationToken)
            ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : 0;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        DailyTotalsChanges.Of(ChangeTracker).IsEmpty
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new InvalidOperationException(
                "Read-model rows are saved with SaveChangesAsync, which keeps the daily totals."
            );

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddPartnerReplicas();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActivityDbContext).Assembly);
    }
}
