using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Network.Partners.Domain;

namespace Network.Partners.Persistence;

/// <summary>The record of member changes, appended to only.</summary>
internal sealed class MemberChangeConfiguration : IEntityTypeConfiguration<MemberChange>
{
    public void Configure(EntityTypeBuilder<MemberChange> builder)
    {
        builder.ToTable("MemberChanges");
        builder.HasKey(change => change.Id);
        builder.Property(change => change.MemberId).HasMaxLength(100);
        builder.Property(change => change.Change).HasMaxLength(20);
        builder.Property(change => change.Role).HasMaxLength(20);
        builder.Property(change => change.By).HasMaxLength(200);
        builder.HasIndex(change => new { change.PartnerId, change.At });
    }
}

/// <summary>The rights still to be given or taken in Keycloak, found by when they are due.</summary>
internal sealed class MembershipTaskConfiguration : IEntityTypeConfiguration<MembershipTask>
{
    public void Configure(EntityTypeBuilder<MembershipTask> builder)
    {
        builder.ToTable("MembershipTasks");
        builder.HasKey(task => task.Id);
        builder.Property(task => task.Kind).HasMaxLength(20);
        builder.Property(task => task.MemberId).HasMaxLength(100);
        builder.Property(task => task.By).HasMaxLength(200);
        builder.HasIndex(task => new { task.DoneAt, task.DueAt });
    }
}
