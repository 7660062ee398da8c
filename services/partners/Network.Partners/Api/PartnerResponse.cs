using System.Text.Json.Serialization;
using Network.Partners.Domain;

namespace Network.Partners.Api;

public sealed record PartnerResponse(
    Guid Id,
    string Name,
    string Kind,
    string? Siret,
    string Description,
    AddressResponse Address,
    ContactResponse Contact,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Publics,
    IReadOnlyList<string> Labels,
    string? OpeningHours,
    AccessibilityResponse Accessibility,
    PartnerStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>In the directory with <c>near</c>: the great-circle distance from that point.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? DistanceKm { get; init; }

    /// <summary>Coordinator's view only: not updated for <c>Partners:StaleAfterDays</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Stale { get; init; }

    public static PartnerResponse From(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var (address, contact, accessibility) = (partner.Address, partner.Contact, partner.Accessibility);
        return new PartnerResponse(
            partner.Id,
            partner.Name,
            partner.Kind,
            partner.Siret,
            partner.Description,
            new AddressResponse(address.Street, address.PostalCode, address.Commune, address.InseeCode, address.Latitude, address.Longitude),
            new ContactResponse(contact.Email, contact.Phone, contact.Website),
            partner.Services,
            partner.Publics,
            partner.Labels,
            partner.OpeningHours,
            new AccessibilityResponse(accessibility.Wheelchair, accessibility.Notes),
            partner.Status,
            partner.CreatedAt,
            partner.UpdatedAt);
    }
}

public sealed record AddressResponse(string Street, string PostalCode, string Commune, string? InseeCode, double? Latitude, double? Longitude);

public sealed record ContactResponse(string? Email, string? Phone, string? Website);

public sealed record AccessibilityResponse(bool Wheelchair, string? Notes);

public sealed record PartnerHistoryEntry(PartnerStatus? From, PartnerStatus To, string? Reason, string By, DateTimeOffset At);
