using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Network.ServiceDefaults.Replicas;

/// <summary>
/// The piece a service adds to keep a replica of the network's partners: its table in the service's
/// DbContext, and the consumer of the partners service's messages.
/// </summary>
public static class PartnerReplicas
{
    public static void AddPartnerReplicaConsumer(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<PartnerReplicaConsumer>();
    }

    public static void AddPartnerReplicas(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<PartnerReplica>(builder =>
        {
            builder.ToTable("PartnerReplicas");
            builder.HasKey(partner => partner.Id);
            builder.Property(partner => partner.Id).ValueGeneratedNever();
            builder.Property(partner => partner.Name).HasMaxLength(200);
            builder.Property(partner => partner.Kind).HasMaxLength(50);
            builder.Property(partner => partner.Status).HasMaxLength(20);
            builder.Property(partner => partner.PostalCode).HasMaxLength(5);
            builder.Property(partner => partner.Commune).HasMaxLength(100);
            builder.Property(partner => partner.InseeCode).HasMaxLength(5);
            builder.Property(partner => partner.ContactEmail).HasMaxLength(254);
            builder.Ignore(partner => partner.IsActive);
        });
    }
}
