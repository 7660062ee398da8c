using Network.Contracts.Partners;
using Network.Partners.Domain;

namespace Network.Partners.Api;

/// <summary>The facts the partners service publishes, each with the partner as it now stands.</summary>
internal static class PartnerEvents
{
    public static PartnerRegistered Registered(Partner partner) => Snapshot(partner, (id, name, kind, status, postal, commune, insee, lat, lon, at) => new PartnerRegistered(id, name, kind, status, postal, commune, insee, lat, lon, at));

    public static PartnerApproved Approved(Partner partner) => Snapshot(partner, (id, name, kind, status, postal, commune, insee, lat, lon, at) => new PartnerApproved(id, name, kind, status, postal, commune, insee, lat, lon, at));

    public static PartnerProfileUpdated ProfileUpdated(Partner partner) => Snapshot(partner, (id, name, kind, status, postal, commune, insee, lat, lon, at) => new PartnerProfileUpdated(id, name, kind, status, postal, commune, insee, lat, lon, at));

    public static PartnerSuspended Suspended(Partner partner) => Snapshot(partner, (id, name, kind, status, postal, commune, insee, lat, lon, at) => new PartnerSuspended(id, name, kind, status, postal, commune, insee, lat, lon, at));

    public static PartnerReactivated Reactivated(Partner partner) => Snapshot(partner, (id, name, kind, status, postal, commune, insee, lat, lon, at) => new PartnerReactivated(id, name, kind, status, postal, commune, insee, lat, lon, at));

    public static PartnerArchived Archived(Partner partner) => Snapshot(partner, (id, name, kind, status, postal, commune, insee, lat, lon, at) => new PartnerArchived(id, name, kind, status, postal, commune, insee, lat, lon, at));

    private static T Snapshot<T>(
        Partner partner,
        Func<Guid, string, string, string, string, string, string?, double?, double?, DateTimeOffset, T> create)
        => create(
            partner.Id,
            partner.Name,
            partner.Kind,
            partner.Status.ToString().ToLowerInvariant(),
            partner.Address.PostalCode,
            partner.Address.Commune,
            partner.Address.InseeCode,
            partner.Address.Latitude,
            partner.Address.Longitude,
            partner.UpdatedAt);
}
