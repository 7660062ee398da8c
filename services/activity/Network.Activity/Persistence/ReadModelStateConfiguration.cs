using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

internal sealed class ReadModelStateConfiguration : IEntityTypeConfiguration<ReadModelState>
{
    public void Configure(EntityTypeBuilder<ReadModelState> builder)
    {
        builder.ToTable("ReadModelState");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.HasData(new { Id = ReadModelState.OnlyId, Version = 0L });
    }
}
