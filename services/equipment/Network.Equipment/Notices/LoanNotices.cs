using Network.Equipment.Domain;
using Network.Equipment.Persistence;
using Network.ServiceDefaults.Notices;

namespace Network.Equipment.Notices;

/// <summary>What a structure is told of a loan, stored by name in the notice's <c>Kind</c>.</summary>
public enum LoanNoticeKind
{
    /// <summary>To the owner: a loan waits for its approval.</summary>
    LoanRequested,

    /// <summary>To the borrower.</summary>
    LoanApproved,

    /// <summary>To the borrower.</summary>
    LoanRejected,

    /// <summary>To the owner and to the borrower, once the loan is past its end.</summary>
    LoanOverdue,

    /// <summary>To the borrower of a loan to come: the item came back damaged and is in maintenance.</summary>
    LoanItemDamaged,
}

/// <summary>Owes a structure a message about a loan, in the save that makes the change.</summary>
internal static class LoanNotices
{
    public static void Owe(EquipmentDbContext db, Reservation loan, LoanNoticeKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(loan);
        IEnumerable<Guid> recipients = kind switch
        {
            LoanNoticeKind.LoanRequested => [loan.OwnerId],
            LoanNoticeKind.LoanOverdue => [loan.OwnerId, loan.BorrowerId],
            _ => [loan.BorrowerId],
        };
        db.Notices.AddRange(recipients.Distinct().Select(to => Notice.Create(kind.ToString(), loan.Id, now, to)));
    }
}
