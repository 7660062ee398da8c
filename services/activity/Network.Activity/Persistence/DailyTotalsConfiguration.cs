using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

internal sealed class DailyTotalsConfiguration : IEntityTypeConfiguration<DailyTotals>
{
    public void Configure(EntityTypeBuilder<DailyTotals> builder)
    {
        builder.ToTable("DailyTotals");
        builder.HasKey(row => new { row.Day, row.Commune });
        builder.Property(row => row.Commune).HasMaxLength(100);
        builder.Ignore(row => row.IsEmpty);
        builder.HasIndex(row => new { row.Commune, row.Day });
    }
}
