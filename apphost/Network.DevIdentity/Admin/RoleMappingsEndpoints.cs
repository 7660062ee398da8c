using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary>
/// <c>/admin/realms/{realm}/users/{id}/role-mappings/realm</c>: a user's own realm roles (not those their composite
/// roles grant), those that may still be given, and giving or taking them, as Keycloak answers.
/// </summary>
internal static class RoleMappingsEndpoints
{
    public static IResult Get(string id, RealmStore store)
    {
        var realm = store.Current;
        return realm.FindBySubject(id) is { } user
            ? Results.Json(RoleRepresentations.List(realm.AllRealmRoles().Where(role => Holds(user, role)), realm))
            : AdminErrors.UserNotFound();
    }

    /// <summary>The realm roles the user does not hold and the caller may give: any, to a user manager; none to a
    /// reader.</summary>
    public static IResult Available(string id, HttpContext context, RealmStore store)
    {
        var realm = store.Current;
        if (realm.FindBySubject(id) is not { } user)
        {
            return AdminErrors.UserNotFound();
        }

        var mayGive = AdminRoles.UserManagers.AreHeldBy(AdminAuthorization.CallerRoles(context));
        return Results.Json(
            RoleRepresentations.List(realm.AllRealmRoles().Where(role => mayGive && !Holds(user, role)), realm)
        );
    }

    public static async Task<IResult> AddAsync(string id, HttpContext context, RealmStore store)
    {
        var (roles, error) = await AdminJson.ReadAsync<List<RoleReference>>(context.Request).ConfigureAwait(false);
        return roles is null
            ? error ?? AdminErrors.UnreadableJson()
            : Change(id, roles, store, (held, names) => held.Union(names, StringComparer.Ordinal));
    }

    /// <summary>Takes the roles named, or every realm role of the user when the request names none.</summary>
    public static async Task<IResult> RemoveAsync(string id, HttpContext context, RealmStore store)
    {
        var (roles, error) = await AdminJson.ReadAsync<List<RoleReference>>(context.Request).ConfigureAwait(false);
        return error
            ?? Change(id, roles ?? [], store, (held, names) =>
                roles is null ? [] : held.Except(names, StringComparer.Ordinal)
            );
    }

    /// <summary>The user's realm roles changed; none at all when a role is unknown or named with another's
    /// id.</summary>
    private static IResult Change(
        string id,
        List<RoleReference> roles,
        RealmStore store,
        Func<IEnumerable<string>, IEnumerable<string>, IEnumerable<string>> change
    ) =>
        store.Edit<IResult>(realm =>
        {
            if (realm.FindBySubject(id) is not { } user)
            {
                return (AdminErrors.UserNotFound(), []);
            }

            var known = roles.Select(role => role.Name is null ? null : realm.FindRealmRole(role.Name)).ToList();
            if (known.Zip(roles).Any(pair => pair.First?.IdIn(realm.Realm) != pair.Second.Id))
            {
                return (AdminErrors.Error(StatusCodes.Status404NotFound, "Role not found"), []);
            }

            var names = known.Select(role => role!.Name).ToList();
            var updated = user with
            {
                Id = user.SubjectIn(realm.Realm),
                RealmRoles = change(user.RealmRoles, names).ToList(),
            };
            return (Results.NoContent(), [updated]);
        });

    private static bool Holds(RealmUser user, RealmRole role) =>
        user.RealmRoles.Contains(role.Name, StringComparer.Ordinal);
}
