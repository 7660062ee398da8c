using Network.Equipment.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Equipment.Api;

/// <summary>The body of <c>POST /api/equipment/{id}/reservations</c>.</summary>
public sealed record ReservationRequest(DateTimeOffset? From = null, DateTimeOffset? To = null, string? Purpose = null)
{
    /// <summary>How far in the past a window may start: staff booking "now" are a few minutes late.</summary>
    public static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(15);

    /// <summary>How far ahead a loan may be booked.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(2 * 366);

    public (LoanWindow? Window, string Purpose, ValidationErrors Errors) Validate(DateTimeOffset now)
    {
        var errors = new ValidationErrors()
            .Require(From is not null, "from", "Le début du prêt est obligatoire.")
            .Require(From is null || From >= now - StartTolerance, "from", "Le début du prêt n'est pas dans le passé.")
            .Require(To is not null, "to", "La fin du prêt est obligatoire.")
            .Require(From is null || To is null || To > From, "to", "La fin du prêt vient après son début.")
            .Require(To is null || To <= now + Horizon, "to", "Un prêt se réserve au plus deux ans à l'avance.")
            .Require(!string.IsNullOrWhiteSpace(Purpose), "purpose", "L'objet du prêt est obligatoire.")
            .Require(Purpose is null || Purpose.Length <= ItemLimits.Purpose, "purpose", $"L'objet du prêt fait au plus {ItemLimits.Purpose} caractères.")
            .RequireSingleLine(Purpose, "purpose");
        return errors.IsEmpty
            ? (new LoanWindow(From!.Value.ToUniversalTime(), To!.Value.ToUniversalTime()), Purpose!.Trim(), errors)
            : (null, "", errors);
    }
}

/// <summary>The body of <c>/reject</c>.</summary>
public sealed record RejectRequest(string? Reason = null);

/// <summary>The body of <c>/extend</c>: the new end.</summary>
public sealed record ExtendRequest(DateTimeOffset? To = null);

/// <summary>The body of <c>/checkout</c>: for a kit, the components handed over, every one of them.</summary>
public sealed record CheckoutRequest(IReadOnlyList<string>? Components = null);

/// <summary>The body of <c>/return</c>: the state it came back in, and for a kit the state of each component.</summary>
public sealed record ReturnRequest(ItemCondition? Condition = null, string? Notes = null, IReadOnlyList<ComponentReturnRequest>? Components = null);

public sealed record ComponentReturnRequest(string? Name = null, ItemCondition? Condition = null, string? Notes = null);
