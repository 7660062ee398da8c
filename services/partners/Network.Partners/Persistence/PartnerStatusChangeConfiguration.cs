using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Partners.Domain;

namespace Network.Partners.Persistence;

/// <summary>The history is a table of its own, read only by the history route: directory queries never join
/// it.</summary>
internal sealed class PartnerStatusChangeConfiguration : IEntityTypeConfiguration<PartnerStatusChange>
{
    public void Configure(EntityTypeBuilder<PartnerStatusChange> builder)
    {
        builder.ToTable("PartnerStatusChanges");
        builder.Property<long>("Id");
        builder.HasKey("Id");
        builder.Property(change => change.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(change => change.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(change => change.Reason).HasMaxLength(1000);
        builder.Property(change => change.By).HasMaxLength(200);
        builder.HasIndex("PartnerId", nameof(PartnerStatusChange.At));
    }
}
