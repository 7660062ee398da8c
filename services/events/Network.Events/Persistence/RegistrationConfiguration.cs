using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Events.Domain;
using Network.ServiceDefaults.Protection;

namespace Network.Events.Persistence;

/// <summary>A registration's row: names and contacts encrypted, the contact's keyed hash for lookups, the rest in
/// clear.</summary>
internal sealed class RegistrationConfiguration(PersonalDataProtector protector)
    : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        // Registrations made before names and contacts were encrypted are read as stored, until the retention erases
        // them.
        var secret = Encrypted.TextOrEarlierClear(protector);
        builder.ToTable("Registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.FirstName).HasConversion(secret);
        builder.Property(r => r.LastName).HasConversion(secret);
        builder.Property(r => r.Email).HasConversion(secret);
        builder.Property(r => r.Phone).HasConversion(secret);
        builder.Property(r => r.ContactHash).HasMaxLength(64);
        builder.Property(r => r.CancellationTokenHash).HasMaxLength(64);
        builder.Property(r => r.EmailedTokenHash).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(r => r.NameForOrganiser);
        builder.HasIndex(r => new
        {
            r.EventId,
            r.Status,
            r.Sequence,
        });
        builder.HasIndex(r => new { r.EventId, r.ContactHash });
        builder.HasIndex(r => r.ReferralId);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId);
    }
}

internal sealed class ReferralStateConfiguration : IEntityTypeConfiguration<ReferralState>
{
    public void Configure(EntityTypeBuilder<ReferralState> builder)
    {
        builder.ToTable("ReferralStates");
        builder.HasKey(s => s.ReferralId);
        builder.Property(s => s.ReferralId).ValueGeneratedNever();
    }
}

internal sealed class ServiceSecretConfiguration(PersonalDataProtector protector)
    : IEntityTypeConfiguration<ServiceSecret>
{
    public void Configure(EntityTypeBuilder<ServiceSecret> builder)
    {
        builder.ToTable("ServiceSecrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(50);
        builder
            .Property(s => s.Value)
            .HasConversion(value => protector.Protect(value), stored => protector.Unprotect(stored));
    }
}
