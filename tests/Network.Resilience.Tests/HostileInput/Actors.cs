using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>Every role of the contract, with a valid token each: anonymous, staff and admin of a partner, another
/// partner's staff, the coordinator, and staff of two partners.</summary>
public static class Actors
{
    /// <summary>One of the two partners <c>conseiller.itinerant</c> works for.</summary>
    public static readonly Guid ItinerantPartner = Guid.Parse("0193a000-0000-7000-8000-00000000000b");

    public static readonly Actor Anonymous = new(null);
    public static readonly Actor StaffA = new(DemoUsers.StaffA);
    public static readonly Actor AdminA = new(DemoUsers.AdminA);
    public static readonly Actor StaffB = new(DemoUsers.StaffB);
    public static readonly Actor Coordinator = new(DemoUsers.Coordinator);
    public static readonly Actor Itinerant = new("conseiller.itinerant", ItinerantPartner.ToString());

    public static readonly IReadOnlyList<Actor> Authenticated = [StaffA, AdminA, StaffB, Coordinator, Itinerant];

    public static readonly IReadOnlyList<Actor> All = [Anonymous, .. Authenticated];

    /// <summary>A partner the actor does not work for.</summary>
    public static Guid ForeignPartner(Actor actor) => actor == StaffB ? DemoUsers.PartnerA : DemoUsers.PartnerB;
}
