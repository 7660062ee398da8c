using Network.DevIdentity.Realm;

namespace Network.DevIdentity.Tokens;

/// <summary>A user of the realm file as the subject of a token for one client: roles, attributes, names.</summary>
internal static class TokenSubjects
{
    public static KeycloakTokenSubject For(RealmFile realm, RealmClient client, RealmUser user, string? remoteAddress)
    {
        var (realmRoles, clientRoles) = realm.ExpandRoles(user);
        var claims = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var mapper in client.AttributeMappers())
        {
            var attribute = mapper.Setting("user.attribute");
            var claim = mapper.Setting("claim.name");
            if (string.IsNullOrEmpty(attribute) || string.IsNullOrEmpty(claim))
            {
                continue;
            }

            var values = user.AttributeValues(attribute);
            if (values.Count > 0)
            {
                // A single-valued mapper takes the first value, as Keycloak's does.
                claims[claim] = mapper.Multivalued ? values : [values[0]];
            }
        }

        if (user.IsServiceAccount)
        {
            // The claims of Keycloak's service_account client scope.
            var host = remoteAddress ?? "127.0.0.1";
            claims["clientHost"] = [host];
            claims["client_id"] = [client.ClientId];
            claims["clientAddress"] = [host];
        }

        // Keycloak stores usernames and emails lowercased, and so they appear in its tokens.
#pragma warning disable CA1308 // Lowercased to match Keycloak, not for comparison.
        return new KeycloakTokenSubject(
            user.SubjectIn(realm.Realm),
            user.Username.ToLowerInvariant(),
            user.FirstName,
            user.LastName,
            user.Email?.ToLowerInvariant(),
            realmRoles,
            clientRoles,
            claims
        )
        {
            EmailVerified = user.EmailVerified,
            IsServiceAccount = user.IsServiceAccount,
        };
#pragma warning restore CA1308
    }
}
