using Network.ServiceDefaults.Persistence;

namespace Network.Partners.Domain;

/// <summary>An organisation of the network.</summary>
public sealed class Partner : IVersioned
{
    private Partner()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Structure kind code of the national standard.</summary>
    public string Kind { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Address Address { get; private set; } = null!;

    public PartnerStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; set; }

    /// <summary>A partner created by the coordinator is active at once; one that applies waits as pending.</summary>
    public static Partner Register(string name, string kind, string description, Address address, bool byCoordinator, DateTimeOffset now)
        => Register(Guid.CreateVersion7(now), name, kind, description, address, byCoordinator, now);

    /// <summary>Registers a partner whose id is already known (the demo network has fixed ids).</summary>
    public static Partner Register(Guid id, string name, string kind, string description, Address address, bool byCoordinator, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(address);
        return new Partner
        {
            Id = id,
            Name = name.Trim(),
            Kind = kind,
            Description = description.Trim(),
            Address = address,
            Status = byCoordinator ? PartnerStatus.Active : PartnerStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Anyone sees an active partner; the coordinator and the partner's own users see it in any status.</summary>
    public bool IsVisibleTo(bool coordinator, IReadOnlyCollection<Guid> callerPartners)
        => Status == PartnerStatus.Active || coordinator || callerPartners.Contains(Id);
}
