using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

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
