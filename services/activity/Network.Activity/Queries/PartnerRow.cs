namespace Network.Activity.Queries;

/// <summary>
/// One partner's activity in the period: the events it organised, the referrals it sent (<see cref="ReferralsSent"/>)
/// and those it received with their answers (<see cref="ReferralsReceived"/>), and the loans of its items and its borrowings.
/// </summary>
public sealed record PartnerRow(
    Guid PartnerId, string Name, string Commune, string Status,
    EventFigures Events, int? ReferralsSent, ReferralFigures ReferralsReceived, PartnerLoans Equipment, bool Suppressed);

/// <summary>Loans of the partner's items (lent), its borrowings, the days its items were out, and how busy they were.</summary>
public sealed record PartnerLoans(int Lent, int Borrowed, int LoanDays, double? UtilisationRate, int Overdue);
