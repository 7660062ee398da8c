using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Partners.Domain;

namespace Network.Partners.Persistence;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.HasKey(partner => partner.Id);
        builder.Property(partner => partner.Id).ValueGeneratedNever();
        builder.Property(partner => partner.Name).HasMaxLength(200);
        builder.Property(partner => partner.Kind).HasMaxLength(50);
        builder.Property(partner => partner.Description).HasMaxLength(4000);
        builder.Property(partner => partner.Status).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(partner => partner.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(200);
            address.Property(a => a.PostalCode).HasMaxLength(5);
            address.Property(a => a.Commune).HasMaxLength(100);
            address.Property(a => a.InseeCode).HasMaxLength(5);
        });
        builder.HasIndex(partner => partner.Status);
    }
}
