using RealmRoles = Network.ServiceDefaults.Identity.Roles;

namespace Network.Testing.Identity;

/// <summary>A user of the realm, as a token describes them.</summary>
public sealed record TestUser(
    string Subject,
    string UserName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Guid> PartnerIds
)
{
    public static TestUser Coordinator() => New("coordinator", [RealmRoles.Coordinator], []);

    public static TestUser Staff(params Guid[] partnerIds) => New("staff", [RealmRoles.PartnerStaff], partnerIds);

    public static TestUser Admin(params Guid[] partnerIds) => New("admin", [RealmRoles.PartnerAdmin], partnerIds);

    /// <summary>Signed in, but with no role and no partner: someone about to apply.</summary>
    public static TestUser Newcomer() => New("newcomer", [], []);

    private static TestUser New(string prefix, string[] roles, Guid[] partnerIds)
    {
        var subject = Guid.NewGuid().ToString();
        return new TestUser(subject, $"{prefix}-{subject[..8]}", roles, partnerIds);
    }
}
