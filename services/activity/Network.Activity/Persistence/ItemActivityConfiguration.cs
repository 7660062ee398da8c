using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

internal sealed class ItemActivityConfiguration : IEntityTypeConfiguration<ItemActivity>
{
    public void Configure(EntityTypeBuilder<ItemActivity> builder)
    {
        builder.ToTable("ItemActivity");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.Category).HasMaxLength(50);
        builder.Property(row => row.Commune).HasMaxLength(100);
        builder.HasIndex(row => row.OwnerId);
    }
}
