using Network.Activity.ReadModels;
using Network.Contracts;
using Network.Contracts.Referrals;

namespace Network.Activity.Projection;

/// <summary>The referrals service's facts applied to the referral rows.</summary>
internal static class ReferralFacts
{
    public static async Task<bool> ApplyAsync(
        IIntegrationEvent message,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        switch (message)
        {
            case ReferralSent m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).Send(
                    m.Commune,
                    m.Urgency,
                    m.OccurredAt
                );
                return true;
            case ReferralAccepted m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).Accept(
                    m.HoursToAnswer
                );
                return true;
            case ReferralDeclined m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).Decline(
                    m.HoursToAnswer
                );
                return true;
            case ReferralCompleted m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).Complete();
                return true;
            case ReferralNoShow m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).MarkNoShow();
                return true;
            case ReferralCancelled m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).Cancel();
                return true;
            case ReferralExpired m:
                (await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken)).Expire();
                return true;

            // Reminders and erasures change no figure: the anonymous record stays.
            case ReferralAnswerOverdue m:
                await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken);
                return true;
            case ReferralErased m:
                await RowAsync(m.ReferralId, m.FromPartnerId, m.ToPartnerId, store, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private static async Task<ReferralActivity> RowAsync(
        Guid referralId,
        Guid fromPartnerId,
        Guid toPartnerId,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        var row = await store.GetOrAddAsync(referralId, ReferralActivity.Create, cancellationToken);
        row.Between(fromPartnerId, toPartnerId);
        return row;
    }
}
