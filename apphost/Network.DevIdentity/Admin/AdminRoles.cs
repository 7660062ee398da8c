namespace Network.DevIdentity.Admin;

/// <summary>
/// The roles of Keycloak's <c>realm-management</c> client of which an admin endpoint's caller must hold one, as
/// Keycloak's permission checks ask for them; an endpoint names its own in its metadata, or else reads need a user
/// reader's and writes a user manager's.
/// </summary>
internal sealed class AdminRoles(params string[] anyOf)
{
    public const string Client = "realm-management";
    public const string ViewUsers = "view-users";
    public const string ManageUsers = "manage-users";

    public static AdminRoles UserReaders { get; } = new(ViewUsers, ManageUsers);

    public static AdminRoles UserManagers { get; } = new(ManageUsers);

    /// <summary>Keycloak lets only the realm's readers (<c>view-realm</c>, <c>manage-realm</c>) read a role.</summary>
    public static AdminRoles RealmReaders { get; } = new("view-realm", "manage-realm");

    public bool AreHeldBy(IReadOnlySet<string> roles) => anyOf.Any(roles.Contains);
}
