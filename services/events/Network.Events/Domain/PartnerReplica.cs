namespace Network.Events.Domain;

/// <summary>
/// What the events service knows of a partner, kept from the partners service's messages so that no
/// request waits on another service: may it organise, and what is its name and commune.
/// </summary>
public sealed class PartnerReplica
{
    private PartnerReplica()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Kind { get; private set; } = "";

    /// <summary>Kebab-case status as the partners service published it.</summary>
    public string Status { get; private set; } = "";

    public string PostalCode { get; private set; } = "";

    public string Commune { get; private set; } = "";

    /// <summary>When the fact last applied happened; an older fact arriving late changes nothing.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public bool IsActive => Status == "active";

    public static PartnerReplica Create(Guid id) => new() { Id = id, AsOf = DateTimeOffset.MinValue };

    /// <summary>Applies a snapshot of the partner taken at <paramref name="occurredAt"/>, unless a newer one is already here.</summary>
    public bool Apply(string name, string kind, string status, string postalCode, string commune, DateTimeOffset occurredAt)
    {
        if (occurredAt < AsOf)
        {
            return false;
        }

        Name = name;
        Kind = kind;
        Status = status;
        PostalCode = postalCode;
        Commune = commune;
        AsOf = occurredAt;
        return true;
    }
}
