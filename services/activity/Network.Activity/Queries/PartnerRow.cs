namespace Network.Activity.Queries;

/// <summary>
/// One partner's activity in the period: the events it organised, the referrals it sent (<see cref="ReferralsSent"/>)
/// and those it received with their answers (<see cref="ReferralsReceived"/>), and the loans of its items and its
/// borrowings.
/// </summary>
/// <param name="PartnerId">The partner's id.</param>
/// <param name="Name">The partner's name.</param>
/// <param name="Commune">The partner's commune.</param>
/// <param name="Status">The partner's status now.</param>
/// <param name="Events">The events it organised.</param>
/// <param name="ReferralsSent">Referrals it sent. Null when suppressed.</param>
/// <param name="ReferralsReceived">Referrals it received, with their answers.</param>
/// <param name="Equipment">Loans of its items and its borrowings.</param>
/// <param name="Suppressed">Whether any figure of the row is withheld.</param>
public sealed record PartnerRow(
    Guid PartnerId,
    string Name,
    string Commune,
    string Status,
    EventFigures Events,
    int? ReferralsSent,
    ReferralFigures ReferralsReceived,
    PartnerLoans Equipment,
    bool Suppressed
);

/// <summary>Loans of the partner's items (lent), its borrowings, the days its items were out, and how busy they
/// were.</summary>
/// <param name="Lent">Loans of the partner's items.</param>
/// <param name="Borrowed">Loans the partner borrowed.</param>
/// <param name="LoanDays">Days its items were out within the period.</param>
/// <param name="UtilisationRate">Loan days ÷ (its items × days of the period), 0 to 1; null without both `from` and
/// `to`.</param>
/// <param name="Overdue">Loans of its items now past due.</param>
public sealed record PartnerLoans(int Lent, int Borrowed, int LoanDays, double? UtilisationRate, int Overdue);
