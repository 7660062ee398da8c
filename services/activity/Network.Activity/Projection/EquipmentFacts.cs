using Network.Activity.ReadModels;
using Network.Contracts;
using Network.Contracts.Equipment;

namespace Network.Activity.Projection;

/// <summary>The equipment service's facts applied to the item and loan rows.</summary>
internal static class EquipmentFacts
{
    public static async Task<bool> ApplyAsync(
        IIntegrationEvent message,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        switch (message)
        {
            case EquipmentRegistered m:
                await ItemAsync(m.Equipment, m.OccurredAt, store, cancellationToken);
                return true;
            case EquipmentRetired m:
                (await ItemAsync(m.Equipment, m.OccurredAt, store, cancellationToken)).Retire();
                return true;
            case ReservationRequested
            or ReservationApproved
            or ReservationRejected
            or ReservationCancelled
            or ReservationExtended:
                await LoanAsync(Reservation(message), message.OccurredAt, store, cancellationToken);
                return true;
            case EquipmentCheckedOut m:
                (await LoanAsync(m.Reservation, m.OccurredAt, store, cancellationToken)).CheckOut();
                return true;
            case EquipmentReturned m:
                (await LoanAsync(m.Reservation, m.OccurredAt, store, cancellationToken)).Return(m.LoanDays, m.Late);
                return true;
            case LoanOverdue m:
                (await LoanAsync(m.Reservation, m.OccurredAt, store, cancellationToken)).NoticeOverdue();
                return true;
            default:
                return false;
        }
    }

    private static ReservationSnapshot Reservation(IIntegrationEvent message) =>
        message switch
        {
            ReservationRequested m => m.Reservation,
            ReservationApproved m => m.Reservation,
            ReservationRejected m => m.Reservation,
            ReservationCancelled m => m.Reservation,
            ReservationExtended m => m.Reservation,
            _ => throw new ArgumentException($"{message.GetType().Name} carries no reservation.", nameof(message)),
        };

    private static async Task<ItemActivity> ItemAsync(
        EquipmentSnapshot item,
        DateTimeOffset occurredAt,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        var row = await store.GetOrAddAsync(item.EquipmentId, ItemActivity.Create, cancellationToken);
        row.Describe(item, occurredAt);
        return row;
    }

    private static async Task<LoanActivity> LoanAsync(
        ReservationSnapshot reservation,
        DateTimeOffset occurredAt,
        IReadModelStore store,
        CancellationToken cancellationToken
    )
    {
        await ItemAsync(reservation.Equipment, occurredAt, store, cancellationToken);
        var row = await store.GetOrAddAsync(reservation.ReservationId, LoanActivity.Create, cancellationToken);
        row.Describe(reservation, occurredAt);
        return row;
    }
}
