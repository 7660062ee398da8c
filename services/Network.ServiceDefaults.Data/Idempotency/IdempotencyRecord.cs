using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Network.ServiceDefaults.Idempotency;

/// <summary>The first answer to a create carrying an <c>Idempotency-Key</c>, replayed for 24 hours.</summary>
public sealed class IdempotencyRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Whose key it is: the token's subject and the partner it acts for, or the client address of an anonymous
    /// caller.</summary>
    public string Scope { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>A hash of the method, path and body, so a key reused for another request is refused.</summary>
    public string Fingerprint { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>0 while the first request is still running.</summary>
    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    /// <summary>The response body, encrypted: it may hold what the request held.</summary>
    public byte[]? ProtectedBody { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(record => new { record.Scope, record.Key });
        builder.Property(record => record.Scope).HasMaxLength(200);
        builder.Property(record => record.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(record => record.Fingerprint).HasMaxLength(64);
        builder.Property(record => record.ContentType).HasMaxLength(200);
        builder.Property(record => record.Location).HasMaxLength(2000);
        builder.Property(record => record.ETag).HasMaxLength(200);
        builder.HasIndex(record => record.CreatedAt);
    }
}
