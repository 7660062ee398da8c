using Network.Portal.Api;

namespace Network.Portal.Formatting;

/// <summary>A loan that asks something of the structure looking at it: to hand the item over or take it back (the
/// structure that lends it), to fetch it or bring it back (the one that borrows it); and when.</summary>
public sealed record LoanToDo(Loan Loan, bool AsOwner)
{
    /// <summary>The states of a loan that ask something: reserved, handed over, late.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["approved", "checked-out", "overdue"];

    /// <summary>The start of a reserved loan, the end of one handed over.</summary>
    public DateTimeOffset When => Loan.Status == "approved" ? Loan.From : Loan.To;

    public bool IsLate => Loan.Status == "overdue";

    /// <summary>Late, or due before <paramref name="end"/>.</summary>
    public bool IsDueBefore(DateTimeOffset end) => IsLate || When < end;

    /// <summary>"À remettre", "À aller chercher", "En retard : à rendre".</summary>
    public string What =>
        (Loan.Status, AsOwner) switch
        {
            ("approved", true) => "À remettre",
            ("approved", false) => "À aller chercher",
            ("checked-out", true) => "À récupérer",
            ("checked-out", false) => "À rendre",
            (_, true) => "En retard : à récupérer",
            _ => "En retard : à rendre",
        };
}
