using System.Text.Json.Nodes;

namespace Network.DevIdentity.Tokens;

/// <summary>
/// The payload of a Keycloak 26 access token, claim for claim: the one place that shapes it, used by
/// DevIdentity and by the test fixtures so that services meet the same tokens everywhere.
/// </summary>
public static class KeycloakTokenShape
{
    /// <summary>The scope of a token asked for with <c>scope=openid</c>: the client's default scopes too.</summary>
    public const string DefaultScope = "openid profile email";

    /// <summary>The client whose roles every user holds through the realm's default roles.</summary>
    public const string AccountClient = "account";

    /// <summary>The <c>account</c> roles of Keycloak's default roles (<c>manage-account</c> and its
    /// composite).</summary>
    public static IReadOnlyList<string> DefaultAccountRoles { get; } =
    ["manage-account", "manage-account-links", "view-profile"];

    /// <summary>The realm roles every user of <paramref name="realm"/> holds: <c>default-roles-{realm}</c> and its
    /// composites.</summary>
    public static IReadOnlyList<string> DefaultRealmRoles(string realm) =>
        [$"default-roles-{realm}", "offline_access", "uma_authorization"];

    /// <summary>The realm name at the end of an issuer (<c>{server}/realms/{realm}</c>).</summary>
    public static string RealmOf(string issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var trimmed = issuer.TrimEnd('/');
        return trimmed[(trimmed.LastIndexOf('/') + 1)..];
    }

    /// <summary>
    /// The access token payload for <paramref name="subject"/>, issued to <paramref name="clientId"/>.
    /// </summary>
    /// <param name="subject">Who the token is about.</param>
    /// <param name="issuer">The realm's issuer, <c>{server}/realms/{realm}</c>.</param>
    /// <param name="clientId">The client the token is issued to (<c>azp</c>).</param>
    /// <param name="audiences">
    /// The audiences of the client's audience mappers; as Keycloak does, every other client the user holds
    /// roles of (<c>account</c> at least) is added.
    /// </param>
    /// <param name="now">The issue instant.</param>
    /// <param name="lifetime">The realm's (or client's) access token lifespan.</param>
    /// <param name="scope">The granted scope: <c>profile email</c>, after <c>openid</c> when it was asked for.</param>
    /// <param name="sessionId">The <c>sid</c>; a new session when null. Service accounts have none.</param>
    public static JsonObject AccessTokenPayload(
        KeycloakTokenSubject subject,
        string issuer,
        string clientId,
        IReadOnlyList<string> audiences,
        DateTimeOffset now,
        TimeSpan lifetime,
        string scope = DefaultScope,
        string? sessionId = null
    )
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentNullException.ThrowIfNull(audiences);

        issuer = issuer.TrimEnd('/');
        var resourceAccess = ResourceAccess(subject.ClientRoles);

        // Keycloak's audience resolution: every client the token carries roles of, but the client itself.
        var audience = audiences
            .Concat(
                resourceAccess
                    .Where(entry =>
                        entry.Value.Count > 0 && !string.Equals(entry.Key, clientId, StringComparison.Ordinal)
                    )
                    .Select(entry => entry.Key)
            )
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var payload = new JsonObject
        {
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = issuer,
        };
        if (audience.Count > 0)
        {
            // Keycloak writes a single audience as a string and several as an array.
            payload["aud"] = audience.Count == 1 ? audience[0] : StringArray(audience);
        }

        payload["sub"] = subject.Subject;
        payload["typ"] = "Bearer";
        payload["azp"] = clientId;
        if (!subject.IsServiceAccount)
        {
            payload["sid"] = sessionId ?? Guid.NewGuid().ToString();
        }

        payload["acr"] = "1";
        payload["realm_access"] = new JsonObject
        {
            ["roles"] = StringArray(
                DefaultRealmRoles(RealmOf(issuer)).Concat(subject.RealmRoles).Distinct(StringComparer.Ordinal)
            ),
        };
        payload["resource_access"] = ResourceAccessObject(resourceAccess);
        payload["scope"] = scope;
        payload["email_verified"] = subject.EmailVerified;
        if (FullName(subject) is { } name)
        {
            payload["name"] = name;
        }

        payload["preferred_username"] = subject.UserName;
        AddIfPresent(payload, "given_name", subject.GivenName);
        AddIfPresent(payload, "family_name", subject.FamilyName);
        AddIfPresent(payload, "email", subject.Email);
        foreach (var (claim, values) in subject.Claims)
        {
            if (values.Count == 1)
            {
                payload[claim] = values[0];
            }
            else if (values.Count > 1)
            {
                payload[claim] = StringArray(values);
            }
        }

        return payload;
    }

    /// <summary>The user's client roles with the <c>account</c> defaults, in Keycloak's order: <c>account</c>
    /// last.</summary>
    private static List<KeyValuePair<string, IReadOnlyList<string>>> ResourceAccess(
        IReadOnlyDictionary<string, IReadOnlyList<string>> clientRoles
    )
    {
        var access = clientRoles
            .Where(entry => !string.Equals(entry.Key, AccountClient, StringComparison.Ordinal) && entry.Value.Count > 0)
            .Select(entry =>
                KeyValuePair.Create(
                    entry.Key,
                    (IReadOnlyList<string>)entry.Value.Distinct(StringComparer.Ordinal).ToList()
                )
            )
            .ToList();
        var account = DefaultAccountRoles
            .Concat(clientRoles.TryGetValue(AccountClient, out var roles) ? roles : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        access.Add(KeyValuePair.Create(AccountClient, (IReadOnlyList<string>)account));
        return access;
    }

    private static JsonObject ResourceAccessObject(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> access)
    {
        var result = new JsonObject();
        foreach (var (client, roles) in access)
        {
            result[client] = new JsonObject { ["roles"] = StringArray(roles) };
        }

        return result;
    }

    /// <summary>Keycloak's full-name mapper: first and last name, either alone, or no claim at all.</summary>
    private static string? FullName(KeycloakTokenSubject subject)
    {
        var parts = new[] { subject.GivenName, subject.FamilyName }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .ToList();
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static void AddIfPresent(JsonObject payload, string claim, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            payload[claim] = value;
        }
    }

    private static JsonArray StringArray(IEnumerable<string> values) =>
        new([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
}
