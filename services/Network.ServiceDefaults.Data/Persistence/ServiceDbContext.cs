using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Messaging;

namespace Network.ServiceDefaults.Persistence;

/// <summary>
/// The base of every service's DbContext: it carries the outbox, the inbox and the idempotency records
/// beside the service's own tables, so that a change and its messages commit together.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Queues <paramref name="message"/> for publication by the next <c>SaveChanges</c>.</summary>
    public void Publish<TMessage>(TMessage message, TimeProvider time)
        where TMessage : class => OutboxMessages.Add(OutboxMessage.Create(message, time.GetUtcNow()));

    /// <summary>Queues the command <paramref name="message"/> for the queue <paramref name="queue"/> by the next
    /// <c>SaveChanges</c>.</summary>
    public void Send<TMessage>(TMessage message, string queue, TimeProvider time)
        where TMessage : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        OutboxMessages.Add(OutboxMessage.Create(message, time.GetUtcNow(), queue));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        modelBuilder.UseVersionConcurrencyTokens();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.StoreInstantsAsUtc(Database.IsSqlite());
    }
}
