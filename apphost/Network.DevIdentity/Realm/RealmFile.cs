using System.Text.Json;
using Network.DevIdentity.Tokens;

namespace Network.DevIdentity.Realm;

/// <summary>
/// The parts of a Keycloak realm export (<c>RealmRepresentation</c>) that shape tokens and that the admin API
/// serves; everything else in the file is ignored.
/// </summary>
public sealed record RealmFile
{
    /// <summary>Keycloak's default when the realm does not set <c>accessTokenLifespan</c>.</summary>
    public const int DefaultAccessTokenLifespan = 300;

    /// <summary>Keycloak's default <c>ssoSessionIdleTimeout</c>: how long a refresh token lives.</summary>
    public const int DefaultSsoSessionIdleTimeout = 1800;

    /// <summary>Keycloak's default <c>ssoSessionMaxLifespan</c>: a session ends this long after sign-in, active or
    /// not.</summary>
    public const int DefaultSsoSessionMaxLifespan = 36000;

    /// <summary>Keycloak's default <c>accessCodeLifespan</c>: how long an authorization code may be redeemed.</summary>
    public const int DefaultAccessCodeLifespan = 60;

    /// <summary>Keycloak's default <c>accessCodeLifespanLogin</c>: how long a login page may be answered.</summary>
    public const int DefaultAccessCodeLifespanLogin = 1800;

    /// <summary>Keycloak's default <c>actionTokenGeneratedByAdminLifespan</c>: how long a link an administrator had
    /// e-mailed works, 12 hours.</summary>
    public const int DefaultActionTokenGeneratedByAdminLifespan = 43200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The realm's id; Keycloak takes its name when the export gives none.</summary>
    public string? Id { get; init; }

    public required string Realm { get; init; }

    public string? DisplayName { get; init; }

    public int? AccessTokenLifespan { get; init; }

    public int? SsoSessionIdleTimeout { get; init; }

    public int? SsoSessionMaxLifespan { get; init; }

    public int? AccessCodeLifespan { get; init; }

    public int? AccessCodeLifespanLogin { get; init; }

    public int? ActionTokenGeneratedByAdminLifespan { get; init; }

    public IReadOnlyList<RealmUser> Users { get; init; } = [];

    public IReadOnlyList<RealmClient> Clients { get; init; } = [];

    public RealmRoles? Roles { get; init; }

    public TimeSpan AccessTokenLifetime => Seconds(AccessTokenLifespan, DefaultAccessTokenLifespan);

    /// <summary>The session idle timeout, which is also how long a refresh token lives.</summary>
    public TimeSpan RefreshTokenLifetime => Seconds(SsoSessionIdleTimeout, DefaultSsoSessionIdleTimeout);

    public TimeSpan SessionMaxLifetime => Seconds(SsoSessionMaxLifespan, DefaultSsoSessionMaxLifespan);

    public TimeSpan CodeLifetime => Seconds(AccessCodeLifespan, DefaultAccessCodeLifespan);

    public TimeSpan LoginLifetime => Seconds(AccessCodeLifespanLogin, DefaultAccessCodeLifespanLogin);

    public TimeSpan AdminActionLifetime =>
        Seconds(ActionTokenGeneratedByAdminLifespan, DefaultActionTokenGeneratedByAdminLifespan);

    /// <summary>The realm's id, which its roles name as their container.</summary>
    public string RealmId => string.IsNullOrWhiteSpace(Id) ? Realm : Id;

    /// <summary>
    /// The realm roles: the export's, and Keycloak's own (<c>default-roles-{realm}</c>, <c>offline_access</c>,
    /// <c>uma_authorization</c>) where the export leaves them out, as every Keycloak realm has them.
    /// </summary>
    public IReadOnlyList<RealmRole> AllRealmRoles()
    {
        var declared = Roles?.Realm ?? [];
        var defaults = KeycloakTokenShape.DefaultRealmRoles(Realm);
        var builtIn = new[]
        {
            new RealmRole
            {
                Name = defaults[0],
                Description = "${role_default-roles}",
                Composites = new RealmRoleComposites { Realm = defaults.Skip(1).ToList() },
            },
            new RealmRole { Name = defaults[1], Description = "${role_offline-access}" },
            new RealmRole { Name = defaults[2], Description = "${role_uma_authorization}" },
        };
        return
        [
            .. declared,
            .. builtIn.Where(role =>
                !declared.Any(known => string.Equals(known.Name, role.Name, StringComparison.Ordinal))
            ),
        ];
    }

    public RealmRole? FindRealmRole(string name) =>
        AllRealmRoles().FirstOrDefault(role => string.Equals(role.Name, name, StringComparison.Ordinal));

    public static RealmFile Parse(string json)
    {
        var realm = JsonSerializer.Deserialize<RealmFile>(json, Json)
            ?? throw new JsonException("The realm file is empty.");
        return string.IsNullOrWhiteSpace(realm.Realm)
            ? throw new JsonException("The realm file names no realm.")
            : realm;
    }

    public RealmClient? FindClient(string clientId) =>
        Clients.FirstOrDefault(client => string.Equals(client.ClientId, clientId, StringComparison.Ordinal));

    /// <summary>A person by username or email, both case-insensitive as Keycloak stores them lowercased.</summary>
    public RealmUser? FindUser(string usernameOrEmail)
    {
        var people = Users.Where(user => user.ServiceAccountClientId is null).ToList();
        return people.FirstOrDefault(user =>
            string.Equals(user.Username, usernameOrEmail, StringComparison.OrdinalIgnoreCase)
        )
            ?? SingleOrNone(
                people.Where(user => string.Equals(user.Email, usernameOrEmail, StringComparison.OrdinalIgnoreCase))
            );
    }

    /// <summary>A user by token subject (the admin API's user id), service accounts included.</summary>
    public RealmUser? FindBySubject(string subject) =>
        Users.FirstOrDefault(user => string.Equals(user.SubjectIn(Realm), subject, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The user a token of <paramref name="client"/> is about: the realm's user of that subject, or the client's
    /// service account, made up afresh with the same subject when the export lists none.
    /// </summary>
    public RealmUser? UserOfToken(string subject, RealmClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return FindBySubject(subject)
            ?? (
                client.ServiceAccountsEnabled
                && ServiceAccountOf(client) is var account
                && string.Equals(account.SubjectIn(Realm), subject, StringComparison.Ordinal)
                    ? account
                    : null
            );
    }

    /// <summary>
    /// The service-account user of <paramref name="client"/>; Keycloak creates one whenever service accounts
    /// are enabled, so one is made up, without roles, when the export has none.
    /// </summary>
    public RealmUser ServiceAccountOf(RealmClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Users.FirstOrDefault(user =>
            string.Equals(user.ServiceAccountClientId, client.ClientId, StringComparison.Ordinal)
        )
            ?? new RealmUser
            {
                Username = RealmUser.ServiceAccountPrefix + client.ClientId,
                Enabled = true,
                ServiceAccountClientId = client.ClientId,
            };
    }

    /// <summary>The user's realm and client roles, with, transitively, those their composite realm roles
    /// grant.</summary>
    public (
        IReadOnlyList<string> RealmRoles,
        IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRoles
    ) ExpandRoles(RealmUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var definitions = (Roles?.Realm ?? [])
            .GroupBy(role => role.Name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var realmRoles = new List<string>();
        var clientRoles = user.ClientRoles.ToDictionary(
            entry => entry.Key,
            entry => entry.Value.ToList(),
            StringComparer.Ordinal
        );
        var pending = new Queue<string>(user.RealmRoles);
        while (pending.TryDequeue(out var role))
        {
            if (realmRoles.Contains(role, StringComparer.Ordinal))
            {
                continue;
            }

            realmRoles.Add(role);
            if (definitions.GetValueOrDefault(role)?.Composites is not { } composites)
            {
                continue;
            }

            foreach (var composite in composites.Realm)
            {
                pending.Enqueue(composite);
            }

            foreach (var (client, roles) in composites.Client)
            {
                var granted = clientRoles.TryGetValue(client, out var list) ? list : clientRoles[client] = [];
                granted.AddRange(roles.Where(added => !granted.Contains(added, StringComparer.Ordinal)));
            }
        }

        return (
            realmRoles,
            clientRoles.ToDictionary(
                entry => entry.Key,
                IReadOnlyList<string> (entry) => entry.Value,
                StringComparer.Ordinal
            )
        );
    }

    private static TimeSpan Seconds(int? value, int fallback) =>
        TimeSpan.FromSeconds(value is > 0 ? value.Value : fallback);

    private static RealmUser? SingleOrNone(IEnumerable<RealmUser> users)
    {
        var matches = users.Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
