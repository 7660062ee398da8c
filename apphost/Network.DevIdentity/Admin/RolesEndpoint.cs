using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary><c>GET /admin/realms/{realm}/roles/{role-name}</c>: a realm role, for the realm's readers only, as in
/// Keycloak.</summary>
internal static class RolesEndpoint
{
    public static IResult Get(string roleName, RealmStore store)
    {
        var realm = store.Current;
        return realm.FindRealmRole(roleName) is { } role
            ? Results.Json(RoleRepresentations.Full(role, realm))
            : AdminErrors.Error(StatusCodes.Status404NotFound, "Could not find role");
    }
}
