using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;

namespace Network.Equipment.Api;

/// <summary>Asking for an item, and the owner's answer: requests, approvals, refusals, cancellations, the lists of each side.</summary>
internal static class ReservationEndpoints
{
    public static void MapReservationEndpoints(this RouteGroupBuilder equipment)
    {
        equipment.MapPost("/{id:guid}/reservations", RequestAsync).RequireAuthorization(Policies.PartnerStaff).WithIdempotency()
            .Produces<ReservationResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Staff of an active partner ask for an item (their partner borrows it): requested, or approved at once for the owner or when no approval is needed.")
            .WithDescription("Longer than maxDays is 400; an item in maintenance or retired is 409; a window colliding with an approved, checked-out or "
                             + "overdue reservation (buffer included) is 409 with `conflict: {from, to}`. A requested reservation holds nothing.")
            .ProducesValidationProblem();
        equipment.MapGet("/reservations", ListAsync).RequireAuthorization(Policies.PartnerStaff)
            .WithSummary("Reservations where the acting partner is the borrower (as=borrower), the owner (as=owner) or either (no as); filter status.")
            .ProducesValidationProblem();
        equipment.MapGet("/reservations/{id:guid}", GetAsync).RequireAuthorization(Policies.PartnerStaff)
            .Produces<ReservationResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("One reservation, for its borrower's and its owner's users.");
        equipment.MapPost("/reservations/{id:guid}/approve", ApproveAsync).RequireAuthorization(Policies.PartnerStaff)
            .Produces<ReservationResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("requested → approved (owner's users); the window is checked again: 409 with `conflict` if it is now taken.");
        equipment.MapPost("/reservations/{id:guid}/reject", RejectAsync).RequireAuthorization(Policies.PartnerStaff)
            .Produces<ReservationResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("requested → rejected with a reason (owner's users).").ProducesValidationProblem();
        equipment.MapPost("/reservations/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.PartnerStaff)
            .Produces<ReservationResponse>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("requested or approved → cancelled (borrower's or owner's users); a loan handed over is returned, not cancelled.");
    }

    private static async Task<IResult> RequestAsync(
        Guid id, ReservationRequest request, EquipmentDbContext db, Bookings bookings, TimeProvider time, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.StaffPartnerId is not { } borrowerId)
        {
            return ActingPartner.NotNamed();
        }

        if (!await db.Partners.AnyAsync(p => p.Id == borrowerId && p.Status == "active", cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var (window, purpose, errors) = request.Validate(time.GetUtcNow());
        if (window is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await bookings.RequestAsync(id, borrowerId, window.Value, purpose, cancellationToken);
        return await AnswerAsync(outcome, db, cancellationToken, created: true);
    }

    private static async Task<Results<Ok<PagedList<ReservationResponse>>, ValidationProblem, ForbidHttpResult>> ListAsync(
        EquipmentDbContext db, Caller caller, string? @as, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (caller.StaffPartnerId is not { } partner)
        {
            return caller.MustNamePartner ? ActingPartner.NotNamed() : TypedResults.Forbid();
        }

        var (paging, pagingErrors) = Paging.From(page, pageSize);
        var parsedStatus = KebabCodes.TryParse<ReservationStatus>(status, out var s) ? s : (ReservationStatus?)null;
        var errors = new ServiceDefaults.Problems.ValidationErrors()
            .Require(@as is null or "borrower" or "owner", "as", "as vaut borrower ou owner.")
            .Require(status is null || parsedStatus is not null, "status", $"« {status} » n'est pas un statut de réservation.");
        if (paging is null || !errors.IsEmpty)
        {
            var all = errors.ToDictionary();
            foreach (var (field, messages) in pagingErrors ?? [])
            {
                all[field] = messages;
            }

            return TypedResults.ValidationProblem(all);
        }

        var query = @as switch
        {
            "borrower" => db.Reservations.AsNoTracking().Where(r => r.BorrowerId == partner),
            "owner" => db.Reservations.AsNoTracking().Where(r => r.OwnerId == partner),
            _ => db.Reservations.AsNoTracking().Where(r => r.BorrowerId == partner || r.OwnerId == partner),
        };
        query = parsedStatus is { } wanted ? query.Where(r => r.Status == wanted) : query;
        var total = await query.CountAsync(cancellationToken);
        var reservations = await query.OrderBy(r => r.From).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var itemIds = reservations.Select(r => r.EquipmentId).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var names = await db.NamesAsync(reservations.Select(r => r.BorrowerId), cancellationToken);
        return TypedResults.Ok(new PagedList<ReservationResponse>(
            [.. reservations.Select(r => ReservationResponse.Of(r, items.GetValueOrDefault(r.EquipmentId), names.GetValueOrDefault(r.BorrowerId)?.Name))],
            paging.Page, paging.PageSize, total));
    }

    private static async Task<IResult> GetAsync(Guid id, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reservation is null || !Access.IsParty(caller, reservation))
        {
            return TypedResults.NotFound();
        }

        var item = await db.Items.AsNoTracking().FirstAsync(i => i.Id == reservation.EquipmentId, cancellationToken);
        return await AnswerAsync(BookingOutcome.Done(reservation, item), db, cancellationToken);
    }

    private static async Task<IResult> ApproveAsync(Guid id, Bookings bookings, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
        => await AnswerAsync(await bookings.ApproveAsync(id, caller, cancellationToken), db, cancellationToken);

    private static async Task<IResult> RejectAsync(Guid id, RejectRequest request, Bookings bookings, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var errors = new ServiceDefaults.Problems.ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Reason) && request.Reason.Length <= ItemLimits.Reason, "reason", $"Le motif du refus est obligatoire ({ItemLimits.Reason} caractères au plus).")
            .RequireSingleLine(request.Reason, "reason");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await AnswerAsync(await bookings.RejectAsync(id, request.Reason!.Trim(), caller, cancellationToken), db, cancellationToken);
    }

    private static async Task<IResult> CancelAsync(Guid id, Bookings bookings, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
        => await AnswerAsync(await bookings.CancelAsync(id, caller, cancellationToken), db, cancellationToken);

    /// <summary>The contract's answer to a change: the reservation as its parties see it, or the problem.</summary>
    internal static async Task<IResult> AnswerAsync(BookingOutcome outcome, EquipmentDbContext db, CancellationToken cancellationToken, bool created = false)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var borrower = outcome.Reservation is { } done
            ? (await db.NamesAsync([done.BorrowerId], cancellationToken)).GetValueOrDefault(done.BorrowerId)?.Name
            : null;
        return BookingResults.ToResult(outcome, (reservation, item) =>
        {
            var response = ReservationResponse.Of(reservation, item.Name, borrower);
            return created
                ? TypedResults.Created($"/api/equipment/reservations/{reservation.Id}", response)
                : TypedResults.Ok(response);
        });
    }
}
