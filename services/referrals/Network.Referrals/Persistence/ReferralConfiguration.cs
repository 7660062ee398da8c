using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Referrals.Domain;
using Network.ServiceDefaults.Protection;

namespace Network.Referrals.Persistence;

/// <summary>The referral's row: personal data and free text are stored encrypted, the rest in clear for queries and
/// statistics.</summary>
internal sealed class ReferralConfiguration(PersonalDataProtector protector) : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        var secret = Encrypted.Text(protector);
        builder.ToTable("Referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DeclineReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.EventRegistration).HasMaxLength(20);
        builder.Property(r => r.Note).HasConversion(secret);
        builder.Property(r => r.AcceptanceNote).HasConversion(secret);
        builder.Property(r => r.Outcome).HasConversion(secret);
        builder.Property(r => r.DeclineMessage).HasConversion(secret);
        builder.Property(r => r.CancellationReason).HasConversion(secret);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsErased);
        builder.OwnsOne(
            r => r.Resident,
            resident =>
            {
                resident.Property(p => p.FirstName).HasColumnName("ResidentFirstName").HasConversion(secret);
                resident.Property(p => p.LastName).HasColumnName("ResidentLastName").HasConversion(secret);
                resident.Property(p => p.Phone).HasColumnName("ResidentPhone").HasConversion(secret);
                resident.Property(p => p.Email).HasColumnName("ResidentEmail").HasConversion(secret);
                resident
                    .Property(p => p.BirthYear)
                    .HasColumnName("ResidentBirthYear")
                    .HasConversion(Encrypted.Year(protector));
                resident.Property(p => p.Commune).HasColumnName("ResidentCommune").HasMaxLength(100);
                resident.Ignore(p => p.LastNameInitial);
            }
        );
        builder.OwnsOne(
            r => r.Consent,
            consent =>
            {
                consent.Property(c => c.Method).HasColumnName("ConsentMethod").HasConversion<string>().HasMaxLength(20);
                consent.Property(c => c.ObtainedAt).HasColumnName("ConsentObtainedAt");
                consent.Property(c => c.WithdrawnAt).HasColumnName("ConsentWithdrawnAt");
            }
        );
        builder.Navigation(r => r.Resident).IsRequired();
        builder.Navigation(r => r.Consent).IsRequired();
        builder.HasIndex(r => new { r.FromPartnerId, r.Status });
        builder.HasIndex(r => new { r.ToPartnerId, r.Status });
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => new { r.ErasedAt, r.ClosedAt });
        builder.HasIndex(r => r.EventId);
    }
}

internal sealed class ReferralCommentConfiguration(PersonalDataProtector protector)
    : IEntityTypeConfiguration<ReferralComment>
{
    public void Configure(EntityTypeBuilder<ReferralComment> builder)
    {
        builder.ToTable("ReferralComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorUserId).HasMaxLength(100);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.Text).HasConversion(Encrypted.Text(protector));
        builder.HasIndex(c => new { c.ReferralId, c.CreatedAt });
        builder.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId);
    }
}

internal sealed class ReferralHistoryConfiguration : IEntityTypeConfiguration<ReferralHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ReferralHistoryEntry> builder)
    {
        builder.ToTable(AppendOnlyTriggers.History, table =>
            table.HasTrigger(AppendOnlyTriggers.TriggerName(AppendOnlyTriggers.History))
        );
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ByUserId).HasMaxLength(100);
        builder.Property(e => e.ByUserName).HasMaxLength(200);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(50);
        builder.HasIndex(e => new { e.ReferralId, e.Sequence }).IsUnique();
        builder.HasOne<Referral>().WithMany().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class AccessLogConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable(AppendOnlyTriggers.AccessLog, table =>
            table.HasTrigger(AppendOnlyTriggers.TriggerName(AppendOnlyTriggers.AccessLog))
        );
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UserId).HasMaxLength(100);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.HasIndex(e => new { e.ReferralId, e.At });
        builder.HasOne<Referral>().WithMany().HasForeignKey(e => e.ReferralId).OnDelete(DeleteBehavior.NoAction);
    }
}
