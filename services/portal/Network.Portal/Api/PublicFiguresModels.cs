namespace Network.Portal.Api;

// What the public page "Le réseau en chiffres" reads of GET /api/activity/public.

/// <summary>The whole network's totals, for anyone: never a structure's or a commune's.</summary>
public sealed record PublicFigures(int ActiveStructures, PublicPeriod ThisYear, PublicPeriod LastYear);

/// <summary>
/// One calendar year in Paris, this one up to <see cref="To"/>. A count about residents the API withheld (under 5) is
/// null, and <see cref="Suppressed"/> says so.
/// </summary>
public sealed record PublicPeriod(
    int Year,
    DateTimeOffset To,
    int WorkshopsHeld,
    int? Registrations,
    int? ReferralsSent,
    int? ReferralsAccepted,
    int Loans,
    bool Suppressed
);
