namespace Network.Portal.Api;

// What the figures' pages read of the activity service's answers. A count about residents is null when the service
// withholds it (small-number suppression), and its group says "suppressed".

/// <summary>The answer of <c>GET /api/activity/overview</c>.</summary>
public sealed record ActivityOverview(
    PartnerCounts Partners,
    EventFigures Events,
    ReferralFigures Referrals,
    EquipmentFigures Equipment
)
{
    /// <summary>Nothing happened in the period: no workshop, no referral, no loan.</summary>
    public bool IsEmpty => NoWorkshopNorLoan && Referrals.Sent == 0;

    /// <summary>No workshop and no loan, and the referrals withheld: a commune's or a structure's small number, which
    /// may be none.</summary>
    public bool OnlyWithheld => NoWorkshopNorLoan && Referrals.Sent is null;

    private bool NoWorkshopNorLoan => Events is { Published: 0, Cancelled: 0 } && Equipment.Loans == 0;
}

public sealed record PartnerCounts(int Active, int Pending);

public sealed record EventFigures(
    int Published,
    int Cancelled,
    int? Registrations,
    int? Attendance,
    int? NoShows,
    double? FillRate,
    double? NoShowRate,
    bool Suppressed
);

public sealed record ReferralFigures(
    int? Sent,
    int? Accepted,
    int? Declined,
    int? Completed,
    int? NoShows,
    int? Expired,
    int? Cancelled,
    int? Open,
    double? AcceptanceRate,
    double? MedianHoursToAnswer,
    bool Suppressed
);

public sealed record EquipmentFigures(int Loans, int LoanDays, double? UtilisationRate, int Overdue);

/// <summary>The answer of <c>GET /api/activity/timeseries</c>: one series per metric, bucket by bucket.</summary>
public sealed record Timeseries(string Granularity, IReadOnlyList<Series> Series);

public sealed record Series(string Metric, IReadOnlyList<SeriesPoint> Points);

/// <summary>A week or a month, from its first day in Paris.</summary>
public sealed record SeriesPoint(DateTimeOffset Start, int? Value, bool Suppressed);

/// <summary>A row of <c>GET /api/activity/partners</c>: one structure's activity in the period.</summary>
public sealed record PartnerActivity(
    Guid PartnerId,
    string Name,
    string Commune,
    string Status,
    EventFigures Events,
    int? ReferralsSent,
    ReferralFigures ReferralsReceived,
    PartnerLoans Equipment
);

public sealed record PartnerLoans(int Lent, int Borrowed);

/// <summary>The answer of <c>GET /api/activity/referral-flows</c>.</summary>
public sealed record ReferralFlows(int Total, int PartnerCount, IReadOnlyList<ReferralFlow> Flows);

public sealed record ReferralFlow(Guid FromPartnerId, string? FromName, Guid ToPartnerId, string? ToName, int? Count);

/// <summary>The answer of <c>GET /api/activity/referrals/pending</c>.</summary>
public sealed record PendingReferrals(int Total, IReadOnlyList<PendingAtPartner> Partners);

public sealed record PendingAtPartner(Guid PartnerId, string? Name, string? Commune, int? Open, int? OldestDays);
