using Microsoft.EntityFrameworkCore;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Tests.Sample;

/// <summary>A note a partner writes: the sample service's one resource.</summary>
public sealed class Note
{
    public Guid Id { get; set; }

    public Guid PartnerId { get; set; }

    public string Text { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>How many notes the consumer has counted for a partner: the state a redelivery must not change.</summary>
public sealed class NoteTally
{
    public Guid PartnerId { get; set; }

    public int Count { get; set; }
}

public sealed record NoteWritten(Guid NoteId, Guid PartnerId, DateTimeOffset OccurredAt);

/// <summary>A message its consumer always refuses.</summary>
public sealed record PoisonPill(Guid Id);

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<NoteTally> Tallies => Set<NoteTally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Note>().Property(note => note.Text).HasMaxLength(1000);
        modelBuilder.Entity<NoteTally>().HasKey(tally => tally.PartnerId);
    }
}
