using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Http;
using Network.ServiceDefaults.Idempotency;
using Network.ServiceDefaults.Identity;
using ReservationAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Equipment.Api.ReservationResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ForbidHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult
>;

namespace Network.Equipment.Api;

/// <summary>Asking for an item, and the owner's answer: requests, approvals, refusals, cancellations, the lists of each
/// side.</summary>
internal static class ReservationEndpoints
{
    public static void MapReservationEndpoints(this RouteGroupBuilder equipment)
    {
        equipment
            .MapPost("/{id:guid}/reservations", RequestAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .WithIdempotency()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Staff of an active partner ask for an item (their partner borrows it): requested, or approved at "
                    + "once for the owner or when no approval is needed."
            )
            .WithDescription(
                "Longer than maxDays is 400; an item in maintenance or retired is 409; a window colliding with an "
                    + "approved, checked-out or overdue reservation (buffer included) is 409 with "
                    + "`conflict: {from, to}`. A requested reservation holds nothing."
            );
        equipment
            .MapGet("/reservations", ListAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .WithSummary(
                "Reservations where the acting partner is the borrower (as=borrower), the owner (as=owner) or "
                    + "either (no as); filter status."
            );
        equipment
            .MapGet("/reservations/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("One reservation, for its borrower's and its owner's users.");
        equipment
            .MapPost("/reservations/{id:guid}/approve", ApproveAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "requested → approved (owner's users); the window is checked again: 409 with `conflict` if it is "
                    + "now taken."
            );
        equipment
            .MapPost("/reservations/{id:guid}/reject", RejectAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("requested → rejected with a reason (owner's users).");
        equipment
            .MapPost("/reservations/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "requested or approved → cancelled (borrower's or owner's users); a loan handed over is returned, "
                    + "not cancelled."
            );
    }

    private static async Task<
        Results<Created<ReservationResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>
    > RequestAsync(
        Guid id,
        ReservationRequest request,
        [AsParameters] BookingContext context,
        TimeProvider time,
        CancellationToken cancellationToken
    )
    {
        var (db, bookings, caller) = context;
        if (caller.StaffPartnerId is not { } borrowerId)
        {
            return ActingPartner.NotNamed();
        }

        if (!await db.Partners.AnyAsync(p => p.Id == borrowerId && p.Status == "active", cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var outcome = await bookings.RequestAsync(
            id,
            borrowerId,
            request.Window(),
            request.Purpose!.Trim(),
            cancellationToken
        );
        return await AnswerAsync(
            outcome,
            db,
            response => TypedResults.Created($"/api/equipment/reservations/{response.Id}", response),
            cancellationToken
        );
    }

    private static async Task<
        Results<Ok<PagedList<ReservationResponse>>, ValidationProblem, ForbidHttpResult>
    > ListAsync(
        EquipmentDbContext db,
        Caller caller,
        [AsParameters] ReservationListParameters parameters,
        CancellationToken cancellationToken
    )
    {
        var (@as, status, page, pageSize) = parameters;
        if (caller.StaffPartnerId is not { } partner)
        {
            return caller.MustNamePartner ? ActingPartner.NotNamed() : TypedResults.Forbid();
        }

        var (paging, pagingErrors) = Paging.From(page, pageSize);
        var parsedStatus = KebabCodes.TryParse<ReservationStatus>(status, out var s) ? s : (ReservationStatus?)null;
        var errors = new ServiceDefaults.Problems.ValidationErrors()
            .Require(@as is null or "borrower" or "owner", "as", "as vaut borrower ou owner.")
            .Require(
                status is null || parsedStatus is not null,
                "status",
                $"« {status} » n'est pas un statut de réservation."
            );
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
        var reservations = await query
            .OrderBy(r => r.From)
            .ThenBy(r => r.Id)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var itemIds = reservations.Select(r => r.EquipmentId).Distinct().ToList();
        var items = await db
            .Items.AsNoTracking()
            .Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var names = await db.NamesAsync(reservations.Select(r => r.BorrowerId), cancellationToken);
        return TypedResults.Ok(
            new PagedList<ReservationResponse>(
                [
                    .. reservations.Select(r =>
                        ReservationResponse.Of(
                            r,
                            items.GetValueOrDefault(r.EquipmentId),
                            names.GetValueOrDefault(r.BorrowerId)?.Name
                        )
                    ),
                ],
                paging.Page,
                paging.PageSize,
                total
            )
        );
    }

    private static async Task<Results<Ok<ReservationResponse>, NotFound>> GetAsync(
        Guid id,
        EquipmentDbContext db,
        Caller caller,
        CancellationToken cancellationToken
    )
    {
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reservation is null || !Access.IsParty(caller, reservation))
        {
            return TypedResults.NotFound();
        }

        var item = await db.Items.AsNoTracking().FirstAsync(i => i.Id == reservation.EquipmentId, cancellationToken);
        var borrower = (await db.NamesAsync([reservation.BorrowerId], cancellationToken))
            .GetValueOrDefault(reservation.BorrowerId)
            ?.Name;
        return TypedResults.Ok(ReservationResponse.Of(reservation, item.Name, borrower));
    }

    private static async Task<
        Results<Ok<ReservationResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>
    > ApproveAsync(Guid id, [AsParameters] BookingContext context, CancellationToken cancellationToken) =>
        WithoutInput(
            await AnswerAsync(
                await context.Bookings.ApproveAsync(id, context.Caller, cancellationToken),
                context.Db,
                cancellationToken
            )
        );

    private static async Task<ReservationAnswer> RejectAsync(
        Guid id,
        RejectRequest request,
        [AsParameters] BookingContext context,
        CancellationToken cancellationToken
    ) =>
        await AnswerAsync(
            await context.Bookings.RejectAsync(id, request.Reason!.Trim(), context.Caller, cancellationToken),
            context.Db,
            cancellationToken
        );

    private static async Task<
        Results<Ok<ReservationResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>
    > CancelAsync(Guid id, [AsParameters] BookingContext context, CancellationToken cancellationToken) =>
        WithoutInput(
            await AnswerAsync(
                await context.Bookings.CancelAsync(id, context.Caller, cancellationToken),
                context.Db,
                cancellationToken
            )
        );

    /// <summary>The answer to a change that takes no input, which no 400 can be: the OpenAPI document declares
    /// none.</summary>
    private static Results<Ok<ReservationResponse>, NotFound, ForbidHttpResult, ProblemHttpResult> WithoutInput(
        ReservationAnswer answer
    ) =>
        answer.Result switch
        {
            Ok<ReservationResponse> ok => ok,
            NotFound notFound => notFound,
            ForbidHttpResult forbid => forbid,
            ProblemHttpResult problem => problem,
            var other => throw new UnreachableException($"Unexpected result {other.GetType()}."),
        };

    /// <summary>The contract's answer to a change: the reservation as its parties see it, or the problem.</summary>
    internal static Task<ReservationAnswer> AnswerAsync(
        BookingOutcome outcome,
        EquipmentDbContext db,
        CancellationToken cancellationToken
    ) => AnswerAsync(outcome, db, TypedResults.Ok, cancellationToken);

    /// <summary>The contract's answer to a change, <paramref name="answer"/> giving the success's.</summary>
    private static async Task<
        Results<TDone, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>
    > AnswerAsync<TDone>(
        BookingOutcome outcome,
        EquipmentDbContext db,
        Func<ReservationResponse, TDone> answer,
        CancellationToken cancellationToken
    )
        where TDone : IResult
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var borrower = outcome.Reservation is { } done
            ? (await db.NamesAsync([done.BorrowerId], cancellationToken)).GetValueOrDefault(done.BorrowerId)?.Name
            : null;
        return BookingResults.ToResult(outcome, (reservation, item) =>
            answer(ReservationResponse.Of(reservation, item.Name, borrower))
        );
    }

    /// <summary>What a reservation's request and changes need besides its route value and body.</summary>
    internal readonly record struct BookingContext(EquipmentDbContext Db, Bookings Bookings, Caller Caller);

    /// <summary>The filters of the reservation list, named as in the query: a binding failure names the field as the
    /// client wrote it.</summary>
    internal readonly record struct ReservationListParameters(string? @as, string? status, int? page, int? pageSize);
}
