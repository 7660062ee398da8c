using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Events.Domain;

namespace Network.Events.Persistence;

internal sealed class RegistrationDecoyConfiguration : IEntityTypeConfiguration<RegistrationDecoy>
{
    public void Configure(EntityTypeBuilder<RegistrationDecoy> builder)
    {
        builder.ToTable("RegistrationDecoys");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CancellationTokenHash).HasMaxLength(64);
        builder.HasIndex(d => d.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(d => d.EventId);
    }
}
