using System.Text.Json.Nodes;
using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Admin;

/// <summary>
/// Keycloak's <c>UserRepresentation</c> of a user, in its field order: the brief one (no attributes, no required
/// actions) or the full one. Usernames and e-mails are lowercased, as Keycloak stores them; absent names and
/// e-mails are left out, as are attributes when there are none.
/// </summary>
internal static class UserRepresentations
{
    public static JsonObject Of(RealmUser user, RealmFile realm, bool brief)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(realm);
#pragma warning disable CA1308 // Lowercased to match Keycloak, not for comparison.
        var representation = new JsonObject
        {
            ["id"] = user.SubjectIn(realm.Realm),
            ["username"] = user.Username.ToLowerInvariant(),
        };
        AddIfPresent(representation, "firstName", user.FirstName);
        AddIfPresent(representation, "lastName", user.LastName);
        AddIfPresent(representation, "email", user.Email?.ToLowerInvariant());
#pragma warning restore CA1308
        representation["emailVerified"] = user.EmailVerified;
        if (!brief && user.Attributes.Count > 0)
        {
            var attributes = new JsonObject();
            foreach (var (name, values) in user.Attributes)
            {
                attributes[name] = Strings(values);
            }

            representation["attributes"] = attributes;
        }

        representation["createdTimestamp"] = user.CreatedTimestamp;
        representation["enabled"] = user.Enabled;
        if (!brief)
        {
            representation["requiredActions"] = Strings(user.RequiredActions);
        }

        return representation;
    }

    private static void AddIfPresent(JsonObject representation, string name, string? value)
    {
        if (value is not null)
        {
            representation[name] = value;
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) =>
        new([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
}
