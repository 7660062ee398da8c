using Network.ServiceDefaults.Persistence;

namespace Network.Equipment.Domain;

/// <summary>
/// A partner's claim on an item for a window. Requested, it holds nothing; approved, checked out or overdue,
/// it blocks its window (widened by the item's buffer) for every other reservation.
/// </summary>
public sealed class Reservation : IVersioned
{
    private Reservation() { }

    public Guid Id { get; private set; }

    public Guid EquipmentId { get; private set; }

    /// <summary>The item's owner, kept here so that an owner's reservations are found without the item.</summary>
    public Guid OwnerId { get; private set; }

    public Guid BorrowerId { get; private set; }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public string Purpose { get; private set; } = "";

    public ReservationStatus Status { get; private set; }

    public ReservationNotice? Flag { get; private set; }

    public string? RejectionReason { get; private set; }

    public List<string> ComponentsHandedOver { get; private set; } = [];

    public ItemCondition? ReturnCondition { get; private set; }

    public string? Notes { get; private set; }

    public List<ComponentCheck> ComponentsReturned { get; private set; } = [];

    public DateTimeOffset? CheckedOutAt { get; private set; }

    public DateTimeOffset? ReturnedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; set; }

    public LoanWindow Window => new(From, To);

    /// <summary>Whether it holds its window against other reservations.</summary>
    public bool Blocks => IsBlocking(Status);

    /// <summary>Requested or approved: nothing handed over yet, so it may still be called off.</summary>
    public bool IsPending => Status is ReservationStatus.Requested or ReservationStatus.Approved;

    public static bool IsBlocking(ReservationStatus status) =>
        status is ReservationStatus.Approved or ReservationStatus.CheckedOut or ReservationStatus.Overdue;

    /// <summary>A request for <paramref name="item"/>; approved at once when
    /// <paramref name="approvedAtOnce"/>.</summary>
    /// <param name="id">A given id (demo data); a new one otherwise.</param>
    public static Reservation Request(
        Item item,
        Guid borrowerId,
        LoanWindow window,
        string purpose,
        bool approvedAtOnce,
        DateTimeOffset now,
        Guid? id = null
    )
    {
        ArgumentNullException.ThrowIfNull(item);
        return new Reservation
        {
            Id = id ?? Guid.CreateVersion7(now),
            EquipmentId = item.Id,
            OwnerId = item.OwnerId,
            BorrowerId = borrowerId,
            From = window.From,
            To = window.To,
            Purpose = purpose,
            Status = approvedAtOnce ? ReservationStatus.Approved : ReservationStatus.Requested,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Whether the approval of its owner is needed: not for the owner's own loans, nor when the item needs
    /// none.</summary>
    public static bool NeedsApproval(Item item, Guid borrowerId)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.OwnerId != borrowerId && item.LoanRules.RequiresApproval;
    }

    /// <summary>The first blocking reservation among <paramref name="others"/> that <paramref name="window"/> collides
    /// with.</summary>
    public static Reservation? FirstCollision(
        LoanWindow window,
        TimeSpan buffer,
        IEnumerable<Reservation> others,
        Guid? except = null
    ) =>
        others
            .Where(other => other.Id != except && other.Blocks && window.Collides(other.Window, buffer))
            .OrderBy(other => other.From)
            .FirstOrDefault();

    public bool Approve(DateTimeOffset now) => Move(ReservationStatus.Approved, now, ReservationStatus.Requested);

    public bool Reject(string reason, DateTimeOffset now)
    {
        if (!Move(ReservationStatus.Rejected, now, ReservationStatus.Requested))
        {
            return false;
        }

        RejectionReason = reason;
        return true;
    }

    public bool Cancel(DateTimeOffset now) =>
        Move(ReservationStatus.Cancelled, now, ReservationStatus.Requested, ReservationStatus.Approved);

    public bool CheckOut(IReadOnlyList<string> components, DateTimeOffset now)
    {
        if (!Move(ReservationStatus.CheckedOut, now, ReservationStatus.Approved))
        {
            return false;
        }

        ComponentsHandedOver = [.. components];
        CheckedOutAt = now;
        return true;
    }

    /// <summary>Back with its owner; the item's condition is the worst of the whole and of its components.</summary>
    public bool Return(
        ItemCondition condition,
        string? notes,
        IReadOnlyList<ComponentCheck> components,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(components);
        if (!Move(ReservationStatus.Returned, now, ReservationStatus.CheckedOut, ReservationStatus.Overdue))
        {
            return false;
        }

        ReturnCondition = components.Select(c => c.Condition).Append(condition).Max();
        Notes = notes;
        ComponentsReturned = [.. components];
        ReturnedAt = now;
        return true;
    }

    /// <summary>Moves the end later; the caller has checked the rules and the calendar.</summary>
    public bool Extend(DateTimeOffset to, DateTimeOffset now)
    {
        if (Status is not (ReservationStatus.Approved or ReservationStatus.CheckedOut) || to <= To)
        {
            return false;
        }

        To = to;
        UpdatedAt = now;
        return true;
    }

    /// <summary>A checked-out loan past its end becomes overdue.</summary>
    public bool MarkOverdue(DateTimeOffset now) =>
        To <= now && Move(ReservationStatus.Overdue, now, ReservationStatus.CheckedOut);

    public void FlagFor(ReservationNotice? flag, DateTimeOffset now)
    {
        Flag = flag;
        UpdatedAt = now;
    }

    /// <summary>Started days between hand-over and return, at least one.</summary>
    public int LoanDays() =>
        CheckedOutAt is { } start && ReturnedAt is { } end
            ? Math.Max(1, (int)Math.Ceiling((end - start).TotalDays))
            : 0;

    private bool Move(ReservationStatus to, DateTimeOffset now, params ReservationStatus[] from)
    {
        if (!from.Contains(Status))
        {
            return false;
        }

        Status = to;
        UpdatedAt = now;
        return true;
    }
}
