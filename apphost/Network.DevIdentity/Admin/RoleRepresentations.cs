using System.Text.Json.Nodes;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary>
/// Keycloak's <c>RoleRepresentation</c> of a realm role: brief in role mappings, with its (empty) attributes when
/// the role itself is read.
/// </summary>
internal static class RoleRepresentations
{
    public static JsonObject Brief(RealmRole role, RealmFile realm)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(realm);
        var representation = new JsonObject { ["id"] = role.IdIn(realm.Realm), ["name"] = role.Name };
        if (role.Description is not null)
        {
            representation["description"] = role.Description;
        }

        representation["composite"] = role.IsComposite;
        representation["clientRole"] = false;
        representation["containerId"] = realm.RealmId;
        return representation;
    }

    public static JsonObject Full(RealmRole role, RealmFile realm)
    {
        var representation = Brief(role, realm);
        representation["attributes"] = new JsonObject();
        return representation;
    }

    public static JsonArray List(IEnumerable<RealmRole> roles, RealmFile realm) =>
        new([.. roles.Select(role => (JsonNode?)Brief(role, realm))]);
}
