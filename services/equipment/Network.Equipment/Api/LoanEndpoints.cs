using Network.Equipment.Persistence;
using Network.ServiceDefaults.Identity;
using ReservationAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Equipment.Api.ReservationResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ForbidHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult
>;

namespace Network.Equipment.Api;

/// <summary>A loan under way: handed over and returned by the owner's users, extended by the borrower's.</summary>
internal static class LoanEndpoints
{
    public static void MapLoanEndpoints(this RouteGroupBuilder equipment)
    {
        equipment
            .MapPost("/reservations/{id:guid}/checkout", CheckOutAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "approved → checked-out (owner's users): the hand-over. For a kit, `components` lists every "
                    + "component handed over (400 naming the missing ones)."
            );
        equipment
            .MapPost("/reservations/{id:guid}/return", ReturnAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "checked-out or overdue → returned (owner's users) with `condition` and `notes`; for a kit, "
                    + "`components: [{name, condition, notes}]` for each."
            )
            .WithDescription(
                "The item takes the worst condition reported (whole or component); `damaged` puts it in maintenance "
                    + "and flags the loans to come."
            );
        equipment
            .MapPost("/reservations/{id:guid}/extend", ExtendAsync)
            .RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary(
                "Move the end of an approved or checked-out loan later (borrower's users): maxDays and the calendar "
                    + "apply as for a request; no new approval."
            );
    }

    private static async Task<ReservationAnswer> CheckOutAsync(
        Guid id,
        CheckoutRequest? request,
        [AsParameters] HandoverContext context,
        CancellationToken cancellationToken
    ) =>
        await ReservationEndpoints.AnswerAsync(
            await context.Handovers.CheckOutAsync(
                id,
                request ?? new CheckoutRequest(),
                context.Caller,
                cancellationToken
            ),
            context.Db,
            cancellationToken
        );

    private static async Task<ReservationAnswer> ReturnAsync(
        Guid id,
        ReturnRequest request,
        [AsParameters] HandoverContext context,
        CancellationToken cancellationToken
    ) =>
        await ReservationEndpoints.AnswerAsync(
            await context.Handovers.ReturnAsync(id, request, context.Caller, cancellationToken),
            context.Db,
            cancellationToken
        );

    private static async Task<ReservationAnswer> ExtendAsync(
        Guid id,
        ExtendRequest request,
        [AsParameters] ReservationEndpoints.BookingContext context,
        CancellationToken cancellationToken
    ) =>
        await ReservationEndpoints.AnswerAsync(
            await context.Bookings.ExtendAsync(
                id,
                request.To!.Value.ToUniversalTime(),
                context.Caller,
                cancellationToken
            ),
            context.Db,
            cancellationToken
        );

    /// <summary>What the hand-over and the return need besides the reservation's id and the body.</summary>
    internal readonly record struct HandoverContext(EquipmentDbContext Db, Handovers Handovers, Caller Caller);
}
