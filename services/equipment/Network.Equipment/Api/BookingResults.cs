using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Network.Equipment.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Equipment.Api;

/// <summary>Turns a <see cref="BookingOutcome"/> into the contract's answer: 404, 403, 400, 409 with the conflicting
/// window.</summary>
internal static class BookingResults
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Results<TDone, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult> ToResult<TDone>(
        BookingOutcome outcome,
        Func<Reservation, Item, TDone> done
    )
        where TDone : IResult
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(done);
        return outcome.Verdict switch
        {
            Verdict.Done => done(outcome.Reservation!, outcome.Item!),
            Verdict.NotFound => TypedResults.NotFound(),
            Verdict.Forbidden => TypedResults.Forbid(),
            Verdict.Invalid => TypedResults.ValidationProblem(outcome.Errors!.ToDictionary()),
            Verdict.Collision => Collision(outcome.Conflict!.Value),
            _ => Problem.Conflict(outcome.Detail ?? "L'état de la réservation ne permet pas cette action."),
        };
    }

    private static ProblemHttpResult Collision(LoanWindow conflict) =>
        Problem.Conflict(
            $"L'objet est déjà réservé du {Local(conflict.From)} au {Local(conflict.To)} (battement entre deux "
                + "prêts compris).",
            extensions: [new("conflict", new { from = conflict.From, to = conflict.To })]
        );

    private static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Paris).ToString("dddd d MMMM yyyy 'à' HH'h'mm", French);
}
