using Network.Equipment.Persistence;
using Network.ServiceDefaults.Identity;
using ReservationAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<Network.Equipment.Api.ReservationResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ForbidHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Network.Equipment.Api;

/// <summary>A loan under way: handed over and returned by the owner's users, extended by the borrower's.</summary>
internal static class LoanEndpoints
{
    public static void MapLoanEndpoints(this RouteGroupBuilder equipment)
    {
        equipment.MapPost("/reservations/{id:guid}/checkout", CheckOutAsync).RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("approved → checked-out (owner's users): the hand-over. For a kit, `components` lists every component handed over (400 naming the missing ones).");
        equipment.MapPost("/reservations/{id:guid}/return", ReturnAsync).RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("checked-out or overdue → returned (owner's users) with `condition` and `notes`; for a kit, `components: [{name, condition, notes}]` for each.")
            .WithDescription("The item takes the worst condition reported (whole or component); `damaged` puts it in maintenance and flags the loans to come.");
        equipment.MapPost("/reservations/{id:guid}/extend", ExtendAsync).RequireAuthorization(Policies.PartnerStaff)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Move the end of an approved or checked-out loan later (borrower's users): maxDays and the calendar apply as for a request; no new approval.");
    }

    private static async Task<ReservationAnswer> CheckOutAsync(Guid id, CheckoutRequest? request, Handovers handovers, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
        => await ReservationEndpoints.AnswerAsync(await handovers.CheckOutAsync(id, request ?? new CheckoutRequest(), caller, cancellationToken), db, cancellationToken);

    private static async Task<ReservationAnswer> ReturnAsync(Guid id, ReturnRequest request, Handovers handovers, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
        => await ReservationEndpoints.AnswerAsync(await handovers.ReturnAsync(id, request, caller, cancellationToken), db, cancellationToken);

    private static async Task<ReservationAnswer> ExtendAsync(Guid id, ExtendRequest request, Bookings bookings, EquipmentDbContext db, Caller caller, CancellationToken cancellationToken)
        => await ReservationEndpoints.AnswerAsync(await bookings.ExtendAsync(id, request.To!.Value.ToUniversalTime(), caller, cancellationToken), db, cancellationToken);
}
