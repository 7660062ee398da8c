using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Events.Domain;

namespace Network.Events.Persistence;

internal sealed class PartnerReplicaConfiguration : IEntityTypeConfiguration<PartnerReplica>
{
    public void Configure(EntityTypeBuilder<PartnerReplica> builder)
    {
        builder.ToTable("PartnerReplicas");
        builder.HasKey(partner => partner.Id);
        builder.Property(partner => partner.Id).ValueGeneratedNever();
        builder.Property(partner => partner.Name).HasMaxLength(200);
        builder.Property(partner => partner.Kind).HasMaxLength(50);
        builder.Property(partner => partner.Status).HasMaxLength(20);
        builder.Property(partner => partner.PostalCode).HasMaxLength(5);
        builder.Property(partner => partner.Commune).HasMaxLength(100);
        builder.Ignore(partner => partner.IsActive);
    }
}
