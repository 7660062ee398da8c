using Network.Contracts.Equipment;

namespace Network.Activity.ReadModels;

/// <summary>
/// One reservation of the shared pool: the item's owner and commune, the borrower, its window (from the newest
/// snapshot) and the stages it reached. Stages are flags that messages only ever set.
/// </summary>
public sealed class LoanActivity : IVersionedRow
{
    private LoanActivity() { }

    public Guid Id { get; private set; }

    public Guid EquipmentId { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid BorrowerId { get; private set; }

    public string Category { get; private set; } = "";

    /// <summary>The owner's commune.</summary>
    public string Commune { get; private set; } = "";

    /// <summary>The start of the reservation: the instant a loan is counted at.</summary>
    public DateTimeOffset From { get; private set; }

    public DateTimeOffset To { get; private set; }

    public DateTimeOffset SnapshotAsOf { get; private set; }

    public bool CheckedOut { get; private set; }

    public bool Returned { get; private set; }

    /// <summary>Started days between hand-over and return, as the equipment service counted them; 0 until
    /// returned.</summary>
    public int LoanDays { get; private set; }

    public bool Late { get; private set; }

    public bool OverdueNoticed { get; private set; }

    public long Version { get; set; }

    /// <summary>Out past its end and not back yet.</summary>
    public bool IsOverdue => OverdueNoticed && !Returned;

    public static LoanActivity Create(Guid id) => new() { Id = id, SnapshotAsOf = DateTimeOffset.MinValue };

    public void Describe(ReservationSnapshot reservation, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        if (occurredAt < SnapshotAsOf)
        {
            return;
        }

        EquipmentId = reservation.Equipment.EquipmentId;
        OwnerId = reservation.Equipment.OwnerId;
        BorrowerId = reservation.BorrowerId;
        Category = reservation.Equipment.Category;
        Commune = reservation.Equipment.Commune;
        From = reservation.From.ToUniversalTime();
        To = reservation.To.ToUniversalTime();
        SnapshotAsOf = occurredAt;
    }

    public void CheckOut() => CheckedOut = true;

    public void Return(int loanDays, bool late)
    {
        CheckedOut = true;
        Returned = true;
        LoanDays = loanDays;
        Late = late;
    }

    public void NoticeOverdue()
    {
        CheckedOut = true;
        OverdueNoticed = true;
    }
}
