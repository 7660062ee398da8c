using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Persistence;

namespace Network.Equipment.Api;

/// <summary>Which party of a loan may take a step: the owner's users, the borrower's, or either.</summary>
internal enum Party
{
    Owner,
    Borrower,
    Either,
}

/// <summary>
/// One way to change a reservation: read it with its item, check who asks (404 to strangers of the loan,
/// 403 to the wrong party), decide, save; when a guarded row changed in between, start again from what is stored.
/// </summary>
internal sealed class ReservationChanges(EquipmentDbContext db)
{
    public Task<BookingOutcome> ChangeAsync(
        Guid reservationId,
        Caller caller,
        Party party,
        Func<Reservation, Item, ItemSchedule, Task<BookingOutcome>> decide,
        CancellationToken cancellationToken
    ) =>
        OptimisticRetry.RunAsync(
            db,
            async () =>
            {
                var reservation = await db.Reservations.FirstOrDefaultAsync(
                    r => r.Id == reservationId,
                    cancellationToken
                );
                if (reservation is null || !Access.IsParty(caller, reservation))
                {
                    return BookingOutcome.NotFound;
                }

                var allowed = party switch
                {
                    Party.Owner => Access.IsOwner(caller, reservation),
                    Party.Borrower => Access.IsBorrower(caller, reservation),
                    _ => true,
                };
                if (!allowed)
                {
                    return BookingOutcome.Forbidden;
                }

                // The schedule is read before anything else is decided: its version is what the save is checked
                // against.
                var schedule = await ScheduleAsync(reservation.EquipmentId, cancellationToken);
                var item = await db.Items.FirstAsync(i => i.Id == reservation.EquipmentId, cancellationToken);
                var outcome = await decide(reservation, item, schedule);
                if (outcome.Verdict == Verdict.Done)
                {
                    await db.SaveChangesAsync(cancellationToken);
                }

                return outcome;
            },
            cancellationToken
        );

    /// <summary>The first approved, checked-out or overdue reservation of the item that <paramref name="window"/>
    /// collides with.</summary>
    public async Task<Reservation?> CollisionAsync(
        Item item,
        LoanWindow window,
        Guid? except,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(item);
        var buffer = item.LoanRules.Buffer;
        var (until, since) = (window.To + buffer, window.From - buffer);
        var nearby = await db
            .Reservations.AsNoTracking()
            .Where(r =>
                r.EquipmentId == item.Id
                && r.From < until
                && r.To > since
                && (
                    r.Status == ReservationStatus.Approved
                    || r.Status == ReservationStatus.CheckedOut
                    || r.Status == ReservationStatus.Overdue
                )
            )
            .ToListAsync(cancellationToken);
        return Reservation.FirstCollision(window, buffer, nearby, except);
    }

    /// <summary>
    /// The guard of an item's calendar, read before the calendar is: touching it in a save makes a concurrent
    /// claim on the same calendar fail and retry, so two overlapping windows are never both held.
    /// </summary>
    public async Task<ItemSchedule> ScheduleAsync(Guid itemId, CancellationToken cancellationToken) =>
        await db.Schedules.FirstOrDefaultAsync(s => s.ItemId == itemId, cancellationToken)
        ?? throw new InvalidOperationException($"Item {itemId} has no schedule.");
}
