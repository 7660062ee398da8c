using Network.Partners.Search;
using Network.ServiceDefaults.Persistence;

namespace Network.Partners.Domain;

/// <summary>
/// An organisation of the network. Its life cycle: pending → active (approved) ⇄ suspended, and archived
/// from any state, for good. Every change of status is kept in its history with who, when and why.
/// </summary>
public sealed class Partner : IVersioned
{
    private readonly List<PartnerStatusChange> _history = [];

    private Partner() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? Siret { get; private set; }

    public string Description { get; private set; } = "";

    public Address Address { get; private set; } = null!;

    public Contact Contact { get; private set; } = null!;

    public List<string> Services { get; private set; } = [];

    public List<string> Publics { get; private set; } = [];

    public List<string> Labels { get; private set; } = [];

    public string? OpeningHours { get; private set; }

    public Accessibility Accessibility { get; private set; } = null!;

    public PartnerStatus Status { get; private set; }

    /// <summary>Name and description without accents or case, for the directory's search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The commune without accents or case, for the directory's commune filter.</summary>
    public string CommuneKey { get; private set; } = "";

    /// <summary>The account that applied (its <c>sub</c>), who becomes the partner's admin when it is approved; null
    /// for a partner the coordinator created.</summary>
    public string? AppliedBy { get; private set; }

    /// <summary>That account's username, to tell the coordinator who will become the admin.</summary>
    public string? AppliedByName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; set; }

    /// <summary>The status changes; loaded only where asked for (the history route), appended to on every
    /// step.</summary>
    public IReadOnlyList<PartnerStatusChange> History => _history;

    public PartnerProfile Profile =>
        new(Name, Kind, Siret, Description, Address, Contact, Services, Publics, Labels, OpeningHours, Accessibility);

    /// <summary>A partner created by the coordinator is active at once; one that applies waits as pending.</summary>
    public static Partner Register(Guid id, PartnerProfile profile, bool byCoordinator, string by, DateTimeOffset now)
    {
        var partner = new Partner { Id = id, CreatedAt = now };
        partner.Apply(profile, now);
        partner.Record(from: null, byCoordinator ? PartnerStatus.Active : PartnerStatus.Pending, reason: null, by, now);
        return partner;
    }

    /// <summary>An application: pending, and its applicant becomes the admin once it is approved.</summary>
    public static Partner ApplyToJoin(
        Guid id,
        PartnerProfile profile,
        string applicant,
        string? applicantName,
        DateTimeOffset now
    )
    {
        var partner = Register(id, profile, byCoordinator: false, applicant, now);
        partner.AppliedBy = applicant;
        partner.AppliedByName = applicantName;
        return partner;
    }

    /// <summary>Replaces the profile; an archived partner's profile is kept as it was.</summary>
    public bool UpdateProfile(PartnerProfile profile, DateTimeOffset now)
    {
        if (Status == PartnerStatus.Archived)
        {
            return false;
        }

        Apply(profile, now);
        return true;
    }

    public bool Approve(string by, DateTimeOffset now) =>
        Transition(PartnerStatus.Pending, PartnerStatus.Active, null, by, now);

    public bool Suspend(string reason, string by, DateTimeOffset now) =>
        Transition(PartnerStatus.Active, PartnerStatus.Suspended, reason, by, now);

    public bool Reactivate(string by, DateTimeOffset now) =>
        Transition(PartnerStatus.Suspended, PartnerStatus.Active, null, by, now);

    public bool Archive(string? reason, string by, DateTimeOffset now)
    {
        if (Status == PartnerStatus.Archived)
        {
            return false;
        }

        Record(Status, PartnerStatus.Archived, reason, by, now);
        return true;
    }

    /// <summary>Not updated for <paramref name="staleAfter"/>: the coordinator may ask it to check its
    /// profile.</summary>
    public bool IsStale(DateTimeOffset now, TimeSpan staleAfter) => now - UpdatedAt > staleAfter;

    /// <summary>Anyone sees an active partner; the coordinator and the partner's own users see it in any
    /// status.</summary>
    public bool IsVisibleTo(bool coordinator, IEnumerable<Guid> callerPartners) =>
        Status == PartnerStatus.Active || coordinator || callerPartners.Contains(Id);

    private bool Transition(PartnerStatus from, PartnerStatus to, string? reason, string by, DateTimeOffset now)
    {
        if (Status != from)
        {
            return false;
        }

        Record(Status, to, reason, by, now);
        return true;
    }

    /// <summary>Moves to <paramref name="to"/> and appends the step to the history (which need not be
    /// loaded).</summary>
    private void Record(PartnerStatus? from, PartnerStatus to, string? reason, string by, DateTimeOffset now)
    {
        _history.Add(new PartnerStatusChange(from, to, reason, by, now));
        Status = to;
        UpdatedAt = now;
    }

    private void Apply(PartnerProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(profile.Kind);
        Name = profile.Name;
        Kind = profile.Kind;
        Siret = profile.Siret;
        Description = profile.Description;
        Address = profile.Address;
        Contact = profile.Contact;
        Services = [.. profile.Services];
        Publics = [.. profile.Publics];
        Labels = [.. profile.Labels];
        OpeningHours = profile.OpeningHours;
        Accessibility = profile.Accessibility;
        SearchText = SearchTerms.Normalize($"{profile.Name} {profile.Description}");
        CommuneKey = SearchTerms.Normalize(profile.Address.Commune);
        UpdatedAt = now;
    }
}
