using Network.Partners.Domain;

namespace Network.Partners.Api;

public sealed record PartnerResponse(
    Guid Id,
    string Name,
    string Kind,
    string Description,
    AddressResponse Address,
    PartnerStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PartnerResponse From(Partner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var address = partner.Address;
        return new PartnerResponse(
            partner.Id,
            partner.Name,
            partner.Kind,
            partner.Description,
            new AddressResponse(address.Street, address.PostalCode, address.Commune, address.InseeCode, address.Latitude, address.Longitude),
            partner.Status,
            partner.CreatedAt,
            partner.UpdatedAt);
    }
}

public sealed record AddressResponse(
    string? Street, string PostalCode, string Commune, string? InseeCode, double? Latitude, double? Longitude);
