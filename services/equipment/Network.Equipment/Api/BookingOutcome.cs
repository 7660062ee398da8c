using Network.Equipment.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Equipment.Api;

internal enum Verdict
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Collision,
    WrongState,
}

/// <summary>What became of a change to a reservation, for the endpoint to answer.</summary>
internal sealed record BookingOutcome(
    Verdict Verdict,
    Reservation? Reservation = null,
    Item? Item = null,
    LoanWindow? Conflict = null,
    ValidationErrors? Errors = null,
    string? Detail = null
)
{
    public static readonly BookingOutcome NotFound = new(Verdict.NotFound);

    public static readonly BookingOutcome Forbidden = new(Verdict.Forbidden);

    public static BookingOutcome Done(Reservation reservation, Item item) => new(Verdict.Done, reservation, item);

    public static BookingOutcome Invalid(string field, string message) =>
        new(Verdict.Invalid, Errors: new ValidationErrors().Add(field, message));

    public static BookingOutcome Collides(Reservation other) => new(Verdict.Collision, Conflict: other.Window);

    public static BookingOutcome State(string detail) => new(Verdict.WrongState, Detail: detail);
}
