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
    string? CancellationReason
);

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
}

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

/// <summary>A registration as the organiser's staff read it (personal data): who, how to reach them, and the changes
/// the platform could not tell them by e-mail.</summary>
public sealed record Attendee(
    Guid Id,
    string FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    int Seats,
    string Status,
    int UndeliveredNotices,
    Guid? ReferralId
)
{
    public bool IsCancelled => Status == "cancelled";

    public string FullName => LastName is { Length: > 0 } last ? $"{FirstName} {last}" : FirstName;
}
