using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Activity.ReadModels;

namespace Network.Activity.Persistence;

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
