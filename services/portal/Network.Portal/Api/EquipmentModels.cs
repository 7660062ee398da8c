namespace Network.Portal.Api;

// What the portal reads of the equipment service's answers (its OpenAPI document); fields it does not show are left
// out.

public sealed record LoanRules(int MaxDays, int BufferHours, bool RequiresApproval);

public sealed record EquipmentItem(
    Guid Id,
    Guid OwnerId,
    string? OwnerName,
    string? Commune,
    string Name,
    string Category,
    string? AssetTag,
    string? SerialNumber,
    string? Description,
    string Condition,
    string Status,
    bool Shareable,
    LoanRules LoanRules,
    IReadOnlyList<string> Components
)
{
    /// <summary>On the item's own page only: the loans still to come or under way, soonest first.</summary>
    public IReadOnlyList<UpcomingLoan>? UpcomingReservations { get; init; }
}

/// <summary>A loan on an item's page: the purpose only for the two structures it concerns.</summary>
public sealed record UpcomingLoan(
    Guid Id,
    Guid BorrowerId,
    string? BorrowerName,
    DateTimeOffset From,
    DateTimeOffset To,
    string Status,
    string? Purpose
)
{
    /// <summary>Approved, handed over or overdue: the window is taken; a request holds nothing yet.</summary>
    public bool Holds => Status is "approved" or "checked-out" or "overdue";
}

/// <summary>A reservation as its two structures see it: the item, who lends it, who borrows it, when, and where it
/// stands; and, on its own page, what it is for and what became of it.</summary>
public sealed record Loan(
    Guid Id,
    Guid EquipmentId,
    string? EquipmentName,
    Guid OwnerId,
    Guid BorrowerId,
    string? BorrowerName,
    DateTimeOffset From,
    DateTimeOffset To,
    string Status
)
{
    public string Purpose { get; init; } = "";

    /// <summary>A notice to the borrower: <c>item-in-maintenance</c> when the item went to maintenance before the
    /// loan.</summary>
    public string? Flag { get; init; }

    public string? RejectionReason { get; init; }

    public IReadOnlyList<string> ComponentsHandedOver { get; init; } = [];

    public string? ReturnCondition { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<ComponentCheck> ComponentsReturned { get; init; } = [];

    public DateTimeOffset? CheckedOutAt { get; init; }

    public DateTimeOffset? ReturnedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

public sealed record ComponentCheck(string Component, string Condition, string? Notes);

/// <summary>When a loan starts and ends; a 409 names the window a refused one collides with
/// (<c>conflict</c>).</summary>
public sealed record LoanWindow(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Whether two loans of one item overlap, each widened by the hours the item keeps free around a loan:
    /// the service's rule.</summary>
    public bool Collides(LoanWindow other, int bufferHours)
    {
        ArgumentNullException.ThrowIfNull(other);
        var buffer = TimeSpan.FromHours(bufferHours);
        return From < other.To + buffer && other.From < To + buffer;
    }
}
