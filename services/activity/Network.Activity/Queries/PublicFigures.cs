namespace Network.Activity.Queries;

/// <summary>The answer of <c>GET /api/activity/public</c>: the whole network's totals for anyone, never a partner's or
/// a commune's.</summary>
/// <param name="ActiveStructures">Partners of the network active now.</param>
/// <param name="ThisYear">From 1 January of this year in Europe/Paris to the moment the figures were computed.</param>
/// <param name="LastYear">The whole of last calendar year in Europe/Paris.</param>
public sealed record PublicFigures(int ActiveStructures, PublicPeriodFigures ThisYear, PublicPeriodFigures LastYear);

/// <summary>
/// The network's totals over one period. A count about residents (<c>registrations</c>, <c>referralsSent</c>,
/// <c>referralsAccepted</c>) under 5 is null and <c>suppressed</c> is true, even for the whole network.
/// </summary>
/// <param name="Year">The calendar year of the period, in Europe/Paris.</param>
/// <param name="From">The start of the period: 1 January, midnight in Europe/Paris.</param>
/// <param name="To">The end of the period, excluded: the moment the figures were computed for this year, 1 January of
/// the next year for last year.</param>
/// <param name="WorkshopsHeld">Events published and not cancelled that started in the period.</param>
/// <param name="Registrations">Seats taken at those events (the overview's <c>registrations</c>). Null when
/// suppressed.</param>
/// <param name="ReferralsSent">Referrals sent in the period. Null when suppressed.</param>
/// <param name="ReferralsAccepted">Referrals sent in the period that the receiver accepted. Null when
/// suppressed.</param>
/// <param name="Loans">Loans of shared equipment between partners that started in the period (the overview's
/// <c>loans</c>).</param>
/// <param name="Suppressed">Whether any count about residents is withheld (under 5).</param>
public sealed record PublicPeriodFigures(
    int Year,
    DateTimeOffset From,
    DateTimeOffset To,
    int WorkshopsHeld,
    int? Registrations,
    int? ReferralsSent,
    int? ReferralsAccepted,
    int Loans,
    bool Suppressed
);
