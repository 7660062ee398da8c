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

internal sealed class RegistrationActivityConfiguration : IEntityTypeConfiguration<RegistrationActivity>
{
    public void Configure(EntityTypeBuilder<RegistrationActivity> builder)
    {
        builder.ToTable("RegistrationActivity");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Ignore(row => row.ConfirmedSeats);
        builder.HasIndex(row => row.EventId);
    }
}

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

internal sealed class LoanActivityConfiguration : IEntityTypeConfiguration<LoanActivity>
{
    public void Configure(EntityTypeBuilder<LoanActivity> builder)
    {
        builder.ToTable("LoanActivity");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.Category).HasMaxLength(50);
        builder.Property(row => row.Commune).HasMaxLength(100);
        builder.Ignore(row => row.IsOverdue);
        builder.HasIndex(row => row.From);
        builder.HasIndex(row => new { row.OwnerId, row.From });
        builder.HasIndex(row => new { row.BorrowerId, row.From });
    }
}

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
