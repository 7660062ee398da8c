using Microsoft.EntityFrameworkCore;
using Network.Contracts.Equipment;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;

namespace Network.Equipment.Api;

/// <summary>
/// What an item's status does to its reservations: in maintenance, the loans to come are flagged to their
/// borrowers; available again, the flags go; retired, they are cancelled. Changes are saved by the caller.
/// </summary>
internal sealed class ItemLifecycle(
    EquipmentDbContext db,
    ReservationChanges changes,
    EquipmentFacts facts,
    TimeProvider time
)
{
    public const string CancelledByOwner = "owner";
    public const string CancelledByBorrower = "borrower";
    public const string CancelledForRetirement = "item-retired";
    public const string CancelledForLeaving = "borrower-left-network";

    /// <summary>Puts the item in maintenance (or takes it out) and flags (or clears) the loans to come.</summary>
    public async Task<bool> SetMaintenanceAsync(Item item, bool inMaintenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = time.GetUtcNow();
        await GuardCalendarAsync(item, now, cancellationToken);
        if (!(inMaintenance ? item.PutInMaintenance(now) : item.MakeAvailable(now)))
        {
            return false;
        }

        await FlagUpcomingAsync(item, inMaintenance ? ReservationNotice.ItemInMaintenance : null, cancellationToken);
        return true;
    }

    /// <summary>Flags the loans to come that are not handed over yet, and returns them.</summary>
    public async Task<IReadOnlyList<Reservation>> FlagUpcomingAsync(
        Item item,
        ReservationNotice? flag,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = time.GetUtcNow();
        var upcoming = await PendingAsync(r => r.EquipmentId == item.Id, now, cancellationToken);
        foreach (var reservation in upcoming)
        {
            reservation.FlagFor(flag, now);
        }

        return upcoming;
    }

    /// <summary>Retires the item and cancels its reservations not handed over yet; null when it was retired
    /// already.</summary>
    public async Task<int?> RetireAsync(Item item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = time.GetUtcNow();
        await GuardCalendarAsync(item, now, cancellationToken);
        if (!item.Retire(now))
        {
            return null;
        }

        var pending = await db
            .Reservations.Where(r =>
                r.EquipmentId == item.Id
                && (r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Approved)
            )
            .ToListAsync(cancellationToken);
        await CancelAsync(pending, CancelledForRetirement, cancellationToken);
        db.Publish(new EquipmentRetired(await facts.ItemAsync(item, cancellationToken), pending.Count, now), time);
        return pending.Count;
    }

    /// <summary>Cancels the borrower's requested and approved loans that have not ended.</summary>
    public async Task<int> CancelBorrowerPendingAsync(Guid borrowerId, CancellationToken cancellationToken)
    {
        var pending = await PendingAsync(r => r.BorrowerId == borrowerId, time.GetUtcNow(), cancellationToken);
        await CancelAsync(pending, CancelledForLeaving, cancellationToken);
        return pending.Count;
    }

    public async Task PublishCancelledAsync(
        Reservation reservation,
        Item item,
        string by,
        bool wasApproved,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(reservation);
        db.Publish(
            new ReservationCancelled(
                await facts.ReservationAsync(reservation, item, cancellationToken),
                by,
                wasApproved,
                time.GetUtcNow()
            ),
            time
        );
    }

    /// <summary>
    /// Takes the item's calendar before reading its reservations, so that a reservation held meanwhile either is
    /// read here or makes this save fail, never slips past the change of status.
    /// </summary>
    private async Task GuardCalendarAsync(Item item, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await changes.ScheduleAsync(item.Id, cancellationToken)).Touch(now);

    private async Task CancelAsync(List<Reservation> reservations, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var itemIds = reservations.Select(r => r.EquipmentId).Distinct().ToList();
        var items = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var reservation in reservations)
        {
            var wasApproved = reservation.Status == ReservationStatus.Approved;
            if (reservation.Cancel(now))
            {
                await PublishCancelledAsync(
                    reservation,
                    items[reservation.EquipmentId],
                    by,
                    wasApproved,
                    cancellationToken
                );
            }
        }
    }

    private Task<List<Reservation>> PendingAsync(
        System.Linq.Expressions.Expression<Func<Reservation, bool>> whose,
        DateTimeOffset now,
        CancellationToken cancellationToken
    ) =>
        db
            .Reservations.Where(whose)
            .Where(r =>
                (r.Status == ReservationStatus.Requested || r.Status == ReservationStatus.Approved) && r.To > now
            )
            .ToListAsync(cancellationToken);
}
