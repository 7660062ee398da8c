using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Equipment.Domain;

namespace Network.Equipment.Persistence;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("Items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(ItemLimits.Name);
        builder.Property(i => i.AssetTag).HasMaxLength(ItemLimits.Tag);
        builder.Property(i => i.SerialNumber).HasMaxLength(ItemLimits.Tag);
        builder.Property(i => i.Description).HasMaxLength(ItemLimits.Description);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Condition).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.IsKit);
        builder.OwnsOne(i => i.LoanRules);
        builder.HasIndex(i => new { i.OwnerId, i.Status });
        builder.HasIndex(i => new { i.Shareable, i.Status });
    }
}

internal sealed class ItemScheduleConfiguration : IEntityTypeConfiguration<ItemSchedule>
{
    public void Configure(EntityTypeBuilder<ItemSchedule> builder)
    {
        builder.ToTable("ItemSchedules");
        builder.HasKey(s => s.ItemId);
        builder.Property(s => s.ItemId).ValueGeneratedNever();
        builder.HasOne<Item>().WithOne().HasForeignKey<ItemSchedule>(s => s.ItemId);
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.ToTable("Reservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Purpose).HasMaxLength(ItemLimits.Purpose);
        builder.Property(r => r.RejectionReason).HasMaxLength(ItemLimits.Reason);
        builder.Property(r => r.Notes).HasMaxLength(ItemLimits.Notes);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Flag).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ReturnCondition).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(r => r.Window);
        builder.Ignore(r => r.Blocks);
        builder.Ignore(r => r.IsPending);
        builder.OwnsMany(
            r => r.ComponentsReturned,
            component =>
            {
                component.ToJson();
                component.Property(c => c.Condition).HasConversion<string>();
            }
        );
        builder.HasIndex(r => new
        {
            r.EquipmentId,
            r.Status,
            r.From,
        });
        builder.HasIndex(r => new { r.BorrowerId, r.Status });
        builder.HasIndex(r => new { r.OwnerId, r.Status });
        builder.HasOne<Item>().WithMany().HasForeignKey(r => r.EquipmentId);
    }
}
