using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

internal sealed class ReferralActivityConfiguration : IEntityTypeConfiguration<ReferralActivity>
{
    public void Configure(EntityTypeBuilder<ReferralActivity> builder)
    {
        builder.ToTable("ReferralActivity");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.Commune).HasMaxLength(100);
        builder.Property(row => row.Urgency).HasMaxLength(20);
        builder.HasIndex(row => row.SentAt);
        builder.HasIndex(row => new { row.FromPartnerId, row.SentAt });
        builder.HasIndex(row => new { row.ToPartnerId, row.SentAt });
        builder.HasIndex(row => new { row.Commune, row.SentAt });
        builder.HasIndex(row => new { row.SentAt, row.HoursToAnswer });
    }
}
