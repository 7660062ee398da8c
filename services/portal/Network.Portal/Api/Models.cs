namespace Network.Portal.Api;

// What the portal reads of the API's answers (the services' OpenAPI documents); fields it does not show are left out.

public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public sealed record CodeLabel(string Code, string Label);

public sealed record WorkshopLocation(
    string Name,
    string? Street,
    string PostalCode,
    string Commune,
    double? Latitude,
    double? Longitude,
    bool Online,
    string? Url
);

public sealed record Workshop(
    Guid Id,
    Guid OrganiserId,
    IReadOnlyList<Guid> CoOrganiserIds,
    string Title,
    string Description,
    string Category,
    IReadOnlyList<string> Audiences,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    WorkshopLocation Location,
    int? Capacity,
    bool RegistrationRequired,
    string Status,
    int SeatsTaken,
    int? SeatsLeft,
    int WaitlistLength,
    string? CancellationReason,
    Guid? SeriesId = null,
    WorkshopAccessibility? Accessibility = null,
    int? WalkIns = null
);

/// <summary>What a workshop offers people with a disability; the labels of each flag come from the API.</summary>
public sealed record WorkshopAccessibility(
    bool Wheelchair,
    bool HearingLoop,
    bool SignLanguage,
    bool SubtitlesOrWrittenSupport,
    bool EasyToRead,
    bool VisualImpairment
)
{
    /// <summary>The flags set, by their names in the API (the codes of its list of labels).</summary>
    public IReadOnlyList<string> Codes =>
        [
            .. new (bool Set, string Code)[]
            {
                (Wheelchair, "wheelchair"),
                (HearingLoop, "hearingLoop"),
                (SignLanguage, "signLanguage"),
                (SubtitlesOrWrittenSupport, "subtitlesOrWrittenSupport"),
                (EasyToRead, "easyToRead"),
                (VisualImpairment, "visualImpairment"),
            }
                .Where(flag => flag.Set)
                .Select(flag => flag.Code),
        ];
}

/// <summary>A registration as the organiser's staff read it: it holds personal data.</summary>
public sealed record Attendee(
    Guid Id,
    string FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    int Seats,
    string Status,
    int? WaitlistPosition,
    bool ByStaff,
    DateTimeOffset CreatedAt,
    int UndeliveredNotices,
    Guid? ReferralId,
    bool? Attended
)
{
    public bool IsCancelled => Status == "cancelled";

    public string FullName => LastName is { Length: > 0 } last ? $"{FirstName} {last}" : FirstName;
}

public sealed record AttendanceSummary(int Registered, int Present, int NoShows, int WalkIns);

public sealed record SeriesChange(Guid SeriesId, int Changed);

public sealed record RegistrationAnswer(
    Guid Id,
    Guid EventId,
    string Status,
    int Seats,
    int? WaitlistPosition,
    string? CancellationToken
);

public sealed record PartnerAddress(
    string Street,
    string PostalCode,
    string Commune,
    double? Latitude,
    double? Longitude
)
{
    /// <summary>The commune's INSEE code, which a profile edit sends back as it was.</summary>
    public string? InseeCode { get; init; }
}

public sealed record PartnerContact(string? Email, string? Phone, string? Website);

public sealed record PartnerAccessibility(bool Wheelchair, string? Notes);

public sealed record Structure(
    Guid Id,
    string Name,
    string Kind,
    string Description,
    PartnerAddress Address,
    PartnerContact Contact,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Publics,
    IReadOnlyList<string> Labels,
    string? OpeningHours,
    PartnerAccessibility Accessibility,
    string Status,
    double? DistanceKm
)
{
    public string? Siret { get; init; }

    /// <summary>When the structure joined the network, or applied to.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its profile or its status last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The coordinator's view only: its profile has not changed for long.</summary>
    public bool? Stale { get; init; }

    /// <summary>The coordinator's view only: who applied, and becomes the structure's admin once it is
    /// approved.</summary>
    public StructureApplicant? Applicant { get; init; }
}

/// <summary>The account that applied for a structure.</summary>
public sealed record StructureApplicant(string UserId, string? Username);

/// <summary>A change of a structure's status: from (null when it joined or applied) and to which, when, and
/// why.</summary>
public sealed record StructureStatusChange(string? From, string To, string? Reason, DateTimeOffset At);

public sealed record Taxonomy(
    IReadOnlyList<CodeLabel> Kinds,
    IReadOnlyList<CodeLabel> Services,
    IReadOnlyList<CodeLabel> Publics,
    IReadOnlyList<CodeLabel> Labels,
    IReadOnlyList<CodeLabel> SupportModes,
    IReadOnlyList<CodeLabel> AccessModes
)
{
    public static string LabelOf(IReadOnlyList<CodeLabel> vocabulary, string code) =>
        vocabulary.FirstOrDefault(item => item.Code == code)?.Label ?? code;
}

/// <summary>An e-mail a service could not deliver to the structure's contact address: what it told of (<c>kind</c>),
/// about what, and when.</summary>
public sealed record UndeliveredMail(string Kind, Guid SubjectId, DateTimeOffset CreatedAt);
