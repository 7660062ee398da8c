using MassTransit;
using Network.Contracts.Partners;
using Network.ServiceDefaults.Messaging;
using Network.ServiceDefaults.Persistence;

namespace Network.ServiceDefaults.Replicas;

/// <summary>Keeps the service's <see cref="PartnerReplica"/> rows from every partner message, once per
/// message.</summary>
public sealed class PartnerReplicaConsumer(ServiceDbContext db, TimeProvider time)
    : IConsumer<PartnerRegistered>,
        IConsumer<PartnerApproved>,
        IConsumer<PartnerProfileUpdated>,
        IConsumer<PartnerSuspended>,
        IConsumer<PartnerReactivated>,
        IConsumer<PartnerArchived>
{
    public Task Consume(ConsumeContext<PartnerRegistered> context) => ApplyAsync(context, context?.Message);

    public Task Consume(ConsumeContext<PartnerApproved> context) => ApplyAsync(context, context?.Message);

    public Task Consume(ConsumeContext<PartnerProfileUpdated> context) => ApplyAsync(context, context?.Message);

    public Task Consume(ConsumeContext<PartnerSuspended> context) => ApplyAsync(context, context?.Message);

    public Task Consume(ConsumeContext<PartnerReactivated> context) => ApplyAsync(context, context?.Message);

    public Task Consume(ConsumeContext<PartnerArchived> context) => ApplyAsync(context, context?.Message);

    private Task ApplyAsync(ConsumeContext? context, IPartnerMessage? message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(message);
        return Inbox.HandleOnceAsync(db, context, nameof(PartnerReplicaConsumer), time, async cancellationToken =>
        {
            var replicas = db.Set<PartnerReplica>();
            var partnerId = message.Partner.PartnerId;
            var partner = await replicas.FindAsync([partnerId], cancellationToken);
            if (partner is null)
            {
                partner = PartnerReplica.Create(partnerId);
                replicas.Add(partner);
            }

            partner.Apply(message);
        });
    }
}
