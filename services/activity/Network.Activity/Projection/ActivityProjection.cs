using Network.Contracts;
using Network.Contracts.Partners;
using Network.ServiceDefaults.Replicas;

namespace Network.Activity.Projection;

/// <summary>
/// Applies one message to the read models. The same code serves each delivery and the rebuild; every message only sets
/// the facts it knows, so the rows end the same whatever order the messages arrive in, and the caller makes sure each
/// message is applied once.
/// </summary>
public static class ActivityProjection
{
    public static async Task ApplyAsync(
        IIntegrationEvent message,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(store);
        if (message is IPartnerMessage partner)
        {
            (await store.GetOrAddAsync(partner.Partner.PartnerId, PartnerReplica.Create, cancellationToken)).Apply(
                partner
            );
            return;
        }

        var applied =
            await EventFacts.ApplyAsync(message, store, cancellationToken)
            || await ReferralFacts.ApplyAsync(message, store, cancellationToken)
            || await EquipmentFacts.ApplyAsync(message, store, cancellationToken);
        if (!applied)
        {
            throw new InvalidOperationException(
                $"{message.GetType().Name} is not a message the activity service keeps."
            );
        }
    }
}
