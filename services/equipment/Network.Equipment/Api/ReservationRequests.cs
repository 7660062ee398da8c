using System.ComponentModel.DataAnnotations;
using Network.Equipment.Domain;
using Network.ServiceDefaults.Problems;
using Network.ServiceDefaults.Validation;

namespace Network.Equipment.Api;

/// <summary>The body of <c>POST /api/equipment/{id}/reservations</c>.</summary>
/// <param name="From">When the loan starts (required; not in the past).</param>
/// <param name="To">When the item is due back (required; after `from`, within the item's `maxDays`).</param>
/// <param name="Purpose">What the item is borrowed for, one line of at most 1000 characters (required).</param>
public sealed record ReservationRequest(
    [property: Required(ErrorMessage = "Le début du prêt est obligatoire.")] DateTimeOffset? From = null,
    [property: Required(ErrorMessage = "La fin du prêt est obligatoire.")] DateTimeOffset? To = null,
    [property: Required(ErrorMessage = "L'objet du prêt est obligatoire.")]
    [property: MaxLength(ItemLimits.Purpose, ErrorMessage = "L'objet du prêt fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Purpose = null
) : IRequestRules
{
    /// <summary>How far in the past a window may start: staff booking "now" are a few minutes late.</summary>
    public static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(15);

    /// <summary>How far ahead a loan may be booked.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(2 * 366);

    public void Check(ValidationErrors errors, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        errors
            .Require(From is null || From >= now - StartTolerance, "from", "Le début du prêt n'est pas dans le passé.")
            .Require(From is null || To is null || To > From, "to", "La fin du prêt vient après son début.")
            .Require(To is null || To <= now + Horizon, "to", "Un prêt se réserve au plus deux ans à l'avance.");
    }

    /// <summary>The window of a request that passed its validation.</summary>
    public LoanWindow Window() => new(From!.Value.ToUniversalTime(), To!.Value.ToUniversalTime());
}

/// <summary>The body of <c>/reject</c>.</summary>
/// <param name="Reason">Why the owner rejects the reservation, one line of at most 1000 characters (required).</param>
public sealed record RejectRequest(
    [property: Required(ErrorMessage = "Le motif du refus est obligatoire.")]
    [property: MaxLength(ItemLimits.Reason, ErrorMessage = "Le motif du refus fait au plus {1} caractères.")]
    [property: SingleLine]
        string? Reason = null
);

/// <summary>The body of <c>/extend</c>: the new end.</summary>
/// <param name="To">The new end of the loan, later than the current one (required).</param>
public sealed record ExtendRequest(
    [property: Required(ErrorMessage = "La nouvelle fin du prêt est obligatoire.")] DateTimeOffset? To = null
);

/// <summary>The body of <c>/checkout</c>: for a kit, the components handed over, every one of them.</summary>
/// <param name="Components">The components handed over with the item, among the item's `components` (all of them when
/// omitted).</param>
public sealed record CheckoutRequest(IReadOnlyList<string>? Components = null);

/// <summary>The body of <c>/return</c>: the state it came back in, and for a kit the state of each component.</summary>
/// <param name="Condition">The state the item came back in (required); `damaged` puts it into maintenance.</param>
/// <param name="Notes">What the owner noted at the return, at most 2000 characters.</param>
/// <param name="Components">The state of each component handed over.</param>
public sealed record ReturnRequest(
    [property: Required(ErrorMessage = "L'état au retour est obligatoire (good, fair ou damaged).")]
        ItemCondition? Condition = null,
    [property: MaxLength(ItemLimits.Notes, ErrorMessage = "Les remarques font au plus {1} caractères.")]
    [property: MultiLine]
        string? Notes = null,
    IReadOnlyList<ComponentReturnRequest>? Components = null
);

/// <param name="Name">The component's name, among those handed over (required).</param>
/// <param name="Condition">The state the component came back in (required).</param>
/// <param name="Notes">What the owner notes about it.</param>
public sealed record ComponentReturnRequest(string? Name = null, ItemCondition? Condition = null, string? Notes = null);
