using Network.ServiceDefaults.Identity;

namespace Network.Partners.Members;

/// <summary>A person who works for a partner, as Keycloak knows them.</summary>
internal sealed record Member(KeycloakUser Account, string Role)
{
    public string Id => Account.Id!;

    public bool IsAdmin => Role == Roles.PartnerAdmin;

    /// <summary>Invited, and has not chosen a password yet.</summary>
    public bool IsPending => Account.IsPending;

    public const string SetPassword = "UPDATE_PASSWORD";

    /// <summary>The role a person has for every partner they work for, from their realm roles.</summary>
    public static string? RoleOf(IReadOnlySet<string> realmRoles) =>
        realmRoles.Contains(Roles.PartnerAdmin) ? Roles.PartnerAdmin
        : realmRoles.Contains(Roles.PartnerStaff) ? Roles.PartnerStaff
        : null;
}

/// <summary>Why a change of members was refused.</summary>
internal enum MemberRefusal
{
    None,

    /// <summary>The account does not work for the partner (404).</summary>
    NotMember,

    /// <summary>The account already works for the partner and has set its password (409).</summary>
    AlreadyMember,

    /// <summary>The change would leave the partner without an admin (409).</summary>
    LastAdmin,

    /// <summary>The account works for other partners with another role: a role is the account's, for all of them
    /// (409).</summary>
    RoleHeldElsewhere,

    /// <summary>The account is the network's coordinator (409).</summary>
    Coordinator,
}
