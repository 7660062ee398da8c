using Network.Contracts.Equipment;
using Network.Equipment.Domain;
using Network.Equipment.Notices;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Identity;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Text;

namespace Network.Equipment.Api;

/// <summary>
/// The hand-over and the return, both done by the owner's users. A kit is checked piece by piece: every component
/// is confirmed at hand-over and reported on at return. Back damaged, the item goes to maintenance and the
/// loans to come are flagged to their borrowers.
/// </summary>
internal sealed class Handovers(
    EquipmentDbContext db,
    ReservationChanges changes,
    ItemLifecycle lifecycle,
    EquipmentFacts facts,
    TimeProvider time
)
{
    public Task<BookingOutcome> CheckOutAsync(
        Guid reservationId,
        CheckoutRequest request,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        changes.ChangeAsync(
            reservationId,
            caller,
            Party.Owner,
            async (reservation, item, _) =>
            {
                var handed = request.Components?.Select(c => c?.Trim() ?? "").ToList() ?? [];
                var missing = item
                    .Components.Where(c => !handed.Contains(c, StringComparer.OrdinalIgnoreCase))
                    .ToList();
                var unknown = handed
                    .Where(c => !item.Components.Contains(c, StringComparer.OrdinalIgnoreCase))
                    .ToList();
                if (missing.Count > 0 || unknown.Count > 0)
                {
                    var errors = new ValidationErrors()
                        .Require(
                            missing.Count == 0,
                            "components",
                            $"Cochez chaque élément du kit remis : il manque {string.Join(", ", missing)}."
                        )
                        .Require(
                            unknown.Count == 0,
                            "components",
                            $"Ces éléments ne font pas partie de l'objet : {string.Join(", ", unknown)}."
                        );
                    return new BookingOutcome(Verdict.Invalid, Errors: errors);
                }

                if (item.Status != ItemStatus.Available)
                {
                    return BookingOutcome.State(
                        "L'objet n'est pas disponible (maintenance ou retrait) : il ne peut pas être remis."
                    );
                }

                var now = time.GetUtcNow();
                if (!reservation.CheckOut(item.Components, now))
                {
                    return BookingOutcome.State(Bookings.WrongStatus(reservation, "être remise à l'emprunteur"));
                }

                db.Publish(
                    new EquipmentCheckedOut(await facts.ReservationAsync(reservation, item, cancellationToken), now),
                    time
                );
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    public Task<BookingOutcome> ReturnAsync(
        Guid reservationId,
        ReturnRequest request,
        Caller caller,
        CancellationToken cancellationToken
    ) =>
        changes.ChangeAsync(
            reservationId,
            caller,
            Party.Owner,
            async (reservation, item, schedule) =>
            {
                var (checks, errors) = Validate(request, item);
                if (checks is null)
                {
                    return new BookingOutcome(Verdict.Invalid, Errors: errors);
                }

                var now = time.GetUtcNow();
                var late = reservation.Status == ReservationStatus.Overdue || reservation.To < now;
                if (!reservation.Return(request.Condition!.Value, request.Notes?.Trim(), checks, now))
                {
                    return BookingOutcome.State(Bookings.WrongStatus(reservation, "être rendue"));
                }

                var condition = reservation.ReturnCondition!.Value;
                var wasAvailable = item.Status == ItemStatus.Available;
                item.ComeBack(condition, now);
                if (wasAvailable && item.Status == ItemStatus.Maintenance)
                {
                    schedule.Touch(now);
                    var upcoming = await lifecycle.FlagUpcomingAsync(
                        item,
                        ReservationNotice.ItemInMaintenance,
                        cancellationToken
                    );
                    foreach (var next in upcoming)
                    {
                        LoanNotices.Owe(db, next, LoanNoticeKind.LoanItemDamaged, now);
                    }
                }

                db.Publish(
                    new EquipmentReturned(
                        await facts.ReservationAsync(reservation, item, cancellationToken),
                        KebabCodes.Code(condition),
                        reservation.LoanDays(),
                        late,
                        now
                    ),
                    time
                );
                return BookingOutcome.Done(reservation, item);
            },
            cancellationToken
        );

    private static (List<ComponentCheck>? Checks, ValidationErrors Errors) Validate(ReturnRequest request, Item item)
    {
        var reported = (request.Components ?? []).Select(c => c ?? new ComponentReturnRequest()).ToList();
        var names = reported.Select(c => c.Name?.Trim() ?? "").ToList();
        var missing = item.Components.Where(c => !names.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var unknown = names.Where(n => !item.Components.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        var errors = new ValidationErrors()
            .Require(
                missing.Count == 0,
                "components",
                $"Indiquez l'état de chaque élément du kit : il manque {string.Join(", ", missing)}."
            )
            .Require(
                unknown.Count == 0,
                "components",
                $"Ces éléments ne font pas partie de l'objet : {string.Join(", ", unknown)}."
            )
            .Require(
                names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count,
                "components",
                "Chaque élément n'est décrit qu'une fois."
            )
            .Require(
                reported.All(c => c.Condition is not null),
                "components",
                "Chaque élément a son état (good, fair ou damaged)."
            )
            .Require(
                reported.All(c => c.Notes is null || c.Notes.Length <= ItemLimits.Notes),
                "components",
                $"Les remarques font au plus {ItemLimits.Notes} caractères."
            )
            .Require(
                reported.All(c => ControlCharacters.IsMultiLine(c.Notes)),
                "components",
                ValidationErrors.MultiLineMessage
            );
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var checks = reported
            .Select(c => new ComponentCheck(
                item.Components.First(name => string.Equals(name, c.Name!.Trim(), StringComparison.OrdinalIgnoreCase)),
                c.Condition!.Value,
                c.Notes?.Trim()
            ))
            .ToList();
        return (checks, errors);
    }
}
