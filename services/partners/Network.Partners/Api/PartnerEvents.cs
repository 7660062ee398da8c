using Network.Contracts.Partners;
using Network.Partners.Domain;

namespace Network.Partners.Api;

/// <summary>The facts the partners service publishes about a partner.</summary>
internal static class PartnerEvents
{
    public static PartnerRegistered Registered(Partner partner)
        => new(
            partner.Id,
            partner.Name,
            partner.Kind,
            StatusCode(partner.Status),
            partner.Address.PostalCode,
            partner.Address.Commune,
            partner.Address.InseeCode,
            partner.CreatedAt);

    private static string StatusCode(PartnerStatus status) => status.ToString().ToLowerInvariant();
}
