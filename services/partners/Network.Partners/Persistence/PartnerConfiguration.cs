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
        builder.Property(partner => partner.Siret).HasMaxLength(14);
        builder.Property(partner => partner.Description).HasMaxLength(4000);
        builder.Property(partner => partner.OpeningHours).HasMaxLength(500);
        builder.Property(partner => partner.SearchText).HasMaxLength(4300);
        builder.Property(partner => partner.CommuneKey).HasMaxLength(100);
        builder.Property(partner => partner.AppliedBy).HasMaxLength(100);
        builder.Property(partner => partner.AppliedByName).HasMaxLength(200);
        builder.HasIndex(partner => partner.CommuneKey);
        builder.Property(partner => partner.Status).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(
            partner => partner.Address,
            address =>
            {
                address.Property(a => a.Street).HasMaxLength(200);
                address.Property(a => a.PostalCode).HasMaxLength(5);
                address.Property(a => a.Commune).HasMaxLength(100);
                address.Property(a => a.InseeCode).HasMaxLength(5);
                address.HasIndex(a => a.PostalCode);
                address.HasIndex(a => new { a.Latitude, a.Longitude });
            }
        );
        builder.OwnsOne(
            partner => partner.Contact,
            contact =>
            {
                contact.Property(c => c.Email).HasMaxLength(254);
                contact.Property(c => c.Phone).HasMaxLength(20);
                contact.Property(c => c.Website).HasMaxLength(500);
            }
        );
        builder.OwnsOne(
            partner => partner.Accessibility,
            accessibility => accessibility.Property(a => a.Notes).HasMaxLength(1000)
        );
        builder
            .HasMany(partner => partner.History)
            .WithOne()
            .HasForeignKey("PartnerId")
            .OnDelete(DeleteBehavior.Cascade);
        builder
            .Navigation(partner => partner.History)
            .HasField("_history")
            .UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(partner => new { partner.Status, partner.Name });
        builder.HasIndex(partner => partner.Kind);
    }
}
