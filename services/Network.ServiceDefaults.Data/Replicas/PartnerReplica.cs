using Network.Contracts.Partners;

namespace Network.ServiceDefaults.Replicas;

/// <summary>
/// What a service knows of a partner, kept from the partners service's messages so that no request waits
/// on another service: may it act, and what are its name, kind and place.
/// </summary>
public sealed class PartnerReplica
{
    private PartnerReplica() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Kind { get; private set; } = "";

    /// <summary>Kebab-case status as the partners service published it.</summary>
    public string Status { get; private set; } = "";

    public string PostalCode { get; private set; } = "";

    public string Commune { get; private set; } = "";

    public string? InseeCode { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    /// <summary>The structure's contact e-mail, where notices to the structure go; null when its profile has
    /// none.</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>When the fact last applied happened; an older fact arriving late changes nothing.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public bool IsActive => Status == "active";

    public static PartnerReplica Create(Guid id) => new() { Id = id, AsOf = DateTimeOffset.MinValue };

    /// <summary>Applies the partner as <paramref name="message"/> describes it, unless a newer one is already
    /// here.</summary>
    public bool Apply(IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.OccurredAt < AsOf)
        {
            return false;
        }

        var snapshot = message.Partner;
        Name = snapshot.Name;
        Kind = snapshot.Kind;
        Status = snapshot.Status;
        PostalCode = snapshot.PostalCode;
        Commune = snapshot.Commune;
        InseeCode = snapshot.InseeCode;
        Latitude = snapshot.Latitude;
        Longitude = snapshot.Longitude;
        ContactEmail = snapshot.ContactEmail;
        AsOf = message.OccurredAt;
        return true;
    }
}
