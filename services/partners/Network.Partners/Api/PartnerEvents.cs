using Network.Contracts.Partners;
using Network.Partners.Domain;
using Network.ServiceDefaults.Problems;

namespace Network.Partners.Api;

/// <summary>The facts the partners service publishes, each with the partner as it now stands.</summary>
internal static class PartnerEvents
{
    public static PartnerRegistered Registered(Partner partner) => new(Snapshot(partner), partner.UpdatedAt);

    public static PartnerApproved Approved(Partner partner) => new(Snapshot(partner), partner.UpdatedAt);

    public static PartnerProfileUpdated ProfileUpdated(Partner partner) => new(Snapshot(partner), partner.UpdatedAt);

    public static PartnerSuspended Suspended(Partner partner) => new(Snapshot(partner), partner.UpdatedAt);

    public static PartnerReactivated Reactivated(Partner partner) => new(Snapshot(partner), partner.UpdatedAt);

    public static PartnerArchived Archived(Partner partner) => new(Snapshot(partner), partner.UpdatedAt);

    private static PartnerSnapshot Snapshot(Partner partner) =>
        new(
            partner.Id,
            partner.Name,
            partner.Kind,
            WireCode.Of(partner.Status),
            partner.Address.PostalCode,
            partner.Address.Commune,
            partner.Address.InseeCode,
            partner.Address.Latitude,
            partner.Address.Longitude,
            partner.Contact.Email
        );
}
