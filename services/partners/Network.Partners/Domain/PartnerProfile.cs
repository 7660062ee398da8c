namespace Network.Partners.Domain;

/// <summary>Everything a partner says about itself; validated before it gets here.</summary>
public sealed record PartnerProfile(
    string Name,
    string Kind,
    string? Siret,
    string Description,
    Address Address,
    Contact Contact,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Publics,
    IReadOnlyList<string> Labels,
    string? OpeningHours,
    Accessibility Accessibility
);
