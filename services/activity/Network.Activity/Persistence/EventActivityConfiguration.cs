using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

internal sealed class EventActivityConfiguration : IEntityTypeConfiguration<EventActivity>
{
    public void Configure(EntityTypeBuilder<EventActivity> builder)
    {
        builder.ToTable("EventActivity");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.Category).HasMaxLength(50);
        builder.Property(row => row.Commune).HasMaxLength(100);
        builder.HasIndex(row => row.StartsAt);
        builder.HasIndex(row => new { row.OrganiserId, row.StartsAt });
        builder.HasIndex(row => new { row.Commune, row.StartsAt });
    }
}
