using Microsoft.EntityFrameworkCore;
using Network.Contracts.Equipment;
using Network.Equipment.Domain;
using Network.Equipment.Notices;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Persistence;

namespace Network.Equipment.Api;

/// <summary>
/// The calendar of an item under concurrency: requests, approvals and extensions. A window becomes blocking only
/// in a save that also touches the item's schedule, read before the calendar was checked; whoever saves second
/// retries against the new calendar. However requests race, two held windows never overlap, buffer included.
/// </summary>
internal sealed class Bookings(
    EquipmentDbContext db,
    ReservationChanges changes,
    ItemLifecycle lifecycle,
    EquipmentFacts facts,
    TimeProvider time
)
{
    public Task<BookingOutcome> RequestAsync(
        Guid itemId,
        Guid borrowerId,
        LoanWindow window,
        string purpose,
        CancellationToken cancellationToken
    ) =>
        OptimisticRetry.RunAsync(
            db,
            token => db.Schedules.Where(s => s.ItemId == itemId).LockAsync(token),
            async () =>
            {
                var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.ItemId == itemId, cancellationToken);
                var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken);
                if (schedule is null || item is null || !item.IsVisibleTo(borrowerId))
                {
                    return BookingOutcome.NotFound;
                }

                if (item.Status != ItemStatus.Available)
                {
                    return BookingOutcome.State(Unavailable(item));
                }

                if (window.To - window.From > item.LoanRules.MaxLength)
                {
                    return TooLong(item);
                }

                var now = time.GetUtcNow();
                var atOnce = !Reservation.NeedsApproval(item, borrowerId);
                if (atOnce && await changes.CollisionAsync(item, window, null, cancellationToken) is { } other)
                {
                    return BookingOutcome.Collides(other);
                }

                var reservation = Reservation.Request(item, borrowerId, window, purpose, atOnce, now);
                db.Reservations.Add(reservation);
                var fact = await facts.ReservationAsync(reservation, item, cancellationToken);
                db.Publish(new ReservationRequested(fact, !atOnce, now), time);
                if (!atOnce)
                {
                    LoanNotices.Owe(db, reservation, LoanNoticeKind.LoanRequested, now);
                }

                if (atOnce)
                {
                    schedule.Touch(now);
                    db.Publish(new ReservationApproved(fact, Automatically: true, now), time);
                }

                await db.SaveChangesAsync(cancellationToken);
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    public Task<BookingOutcome> ApproveAsync(Guid reservationId, Caller caller, CancellationToken cancellationToken) =>
        changes.ChangeAsync(
            reservationId,
            caller,
            Party.Owner,
            async (reservation, item, schedule) =>
            {
                var now = time.GetUtcNow();
                if (reservation.Status != ReservationStatus.Requested)
                {
                    return BookingOutcome.State(WrongStatus(reservation, "être approuvée"));
                }

                if (item.Status != ItemStatus.Available)
                {
                    return BookingOutcome.State(Unavailable(item));
                }

                if (reservation.To <= now)
                {
                    return BookingOutcome.State(
                        "La période demandée est passée : la demande ne peut plus être approuvée."
                    );
                }

                if (
                    await changes.CollisionAsync(item, reservation.Window, reservation.Id, cancellationToken) is
                    { } other
                )
                {
                    return BookingOutcome.Collides(other);
                }

                reservation.Approve(now);
                schedule.Touch(now);
                LoanNotices.Owe(db, reservation, LoanNoticeKind.LoanApproved, now);
                db.Publish(
                    new ReservationApproved(
                        await facts.ReservationAsync(reservation, item, cancellationToken),
                        Automatically: false,
                        now
                    ),
                    time
                );
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    public Task<BookingOutcome> RejectAsync(
        Guid reservationId,
        string reason,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        changes.ChangeAsync(
            reservationId,
            caller,
            Party.Owner,
            async (reservation, item, _) =>
            {
                var now = time.GetUtcNow();
                if (!reservation.Reject(reason, now))
                {
                    return BookingOutcome.State(WrongStatus(reservation, "être refusée"));
                }

                LoanNotices.Owe(db, reservation, LoanNoticeKind.LoanRejected, now);

                db.Publish(
                    new ReservationRejected(await facts.ReservationAsync(reservation, item, cancellationToken), now),
                    time
                );
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    public Task<BookingOutcome> CancelAsync(Guid reservationId, Caller caller, CancellationToken cancellationToken) =>
        changes.ChangeAsync(
            reservationId,
            caller,
            Party.Either,
            async (reservation, item, _) =>
            {
                var wasApproved = reservation.Status == ReservationStatus.Approved;
                if (!reservation.Cancel(time.GetUtcNow()))
                {
                    return BookingOutcome.State(WrongStatus(reservation, "être annulée"));
                }

                var by = Access.IsBorrower(caller, reservation)
                    ? ItemLifecycle.CancelledByBorrower
                    : ItemLifecycle.CancelledByOwner;
                await lifecycle.PublishCancelledAsync(reservation, item, by, wasApproved, cancellationToken);
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    public Task<BookingOutcome> ExtendAsync(
        Guid reservationId,
        DateTimeOffset to,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        changes.ChangeAsync(
            reservationId,
            caller,
            Party.Borrower,
            async (reservation, item, schedule) =>
            {
                if (reservation.Status is not (ReservationStatus.Approved or ReservationStatus.CheckedOut))
                {
                    return BookingOutcome.State(WrongStatus(reservation, "être prolongée"));
                }

                if (item.Status != ItemStatus.Available)
                {
                    return BookingOutcome.State(Unavailable(item));
                }

                if (to <= reservation.To)
                {
                    return BookingOutcome.Invalid("to", "La nouvelle fin vient après la fin actuelle du prêt.");
                }

                var window = new LoanWindow(reservation.From, to);
                if (window.To - window.From > item.LoanRules.MaxLength)
                {
                    return TooLong(item);
                }

                if (await changes.CollisionAsync(item, window, reservation.Id, cancellationToken) is { } other)
                {
                    return BookingOutcome.Collides(other);
                }

                var (now, previousTo) = (time.GetUtcNow(), reservation.To);
                reservation.Extend(to, now);
                schedule.Touch(now);
                db.Publish(
                    new ReservationExtended(
                        await facts.ReservationAsync(reservation, item, cancellationToken),
                        previousTo,
                        now
                    ),
                    time
                );
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    internal static string WrongStatus(Reservation reservation, string action) =>
        $"Une réservation au statut « {KebabCodes.Code(reservation.Status)} » ne peut pas {action}.";

    private static string Unavailable(Item item) =>
        item.Status == ItemStatus.Retired
            ? "L'objet a été retiré du parc."
            : "L'objet est en maintenance : il ne peut pas être réservé pour le moment.";

    private static BookingOutcome TooLong(Item item) =>
        BookingOutcome.Invalid("to", $"Un prêt de cet objet dure au plus {item.LoanRules.MaxDays} jour(s).");
}
