using System.Text.Json.Serialization;

namespace Network.DevIdentity.Realm;

/// <summary>A user of the realm export (<c>UserRepresentation</c>), as the realm file or the admin API left
/// it.</summary>
public sealed record RealmUser
{
    public const string ServiceAccountPrefix = "service-account-";

    public string? Id { get; init; }

    public required string Username { get; init; }

    /// <summary>Keycloak imports a user without <c>enabled</c> as disabled; so does this.</summary>
    public bool Enabled { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public bool EmailVerified { get; init; }

    /// <summary>When the user was created, in milliseconds since the epoch.</summary>
    public long? CreatedTimestamp { get; init; }

    public IReadOnlyList<RealmCredential> Credentials { get; init; } = [];

    /// <summary>Actions the user must take at next login; a password grant is refused while any is pending.</summary>
    public IReadOnlyList<string> RequiredActions { get; init; } = [];

    public IReadOnlyList<string> RealmRoles { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClientRoles { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Set on the user Keycloak creates for a client's service account.</summary>
    public string? ServiceAccountClientId { get; init; }

    [JsonIgnore]
    public bool IsServiceAccount => ServiceAccountClientId is not null;

    /// <summary>Whether a password login must first finish setting the account up, as Keycloak says it.</summary>
    [JsonIgnore]
    public bool IsSetUp =>
        RequiredActions.Count == 0 && !Credentials.Any(credential => credential.IsPassword && credential.Temporary);

    /// <summary>
    /// The token subject: the export's <c>id</c> when it has one; otherwise a GUID derived from the realm and
    /// username, so that it is the same at every start and in every test.
    /// </summary>
    public string SubjectIn(string realm)
    {
        if (!string.IsNullOrWhiteSpace(Id))
        {
            return Id;
        }

        // Keycloak keeps usernames lowercased; deriving from the lowercased name mirrors its lookup.
#pragma warning disable CA1308 // The name is lowercased to match Keycloak, not for comparison.
        return DerivedIds.From($"{realm}/{Username.ToLowerInvariant()}");
#pragma warning restore CA1308
    }

    public bool HasPassword(string? password) =>
        Credentials.Any(credential => credential.IsPassword && credential.Verifies(password));

    /// <summary>The values of an attribute; Keycloak's built-in user properties answer to their names too.</summary>
    public IReadOnlyList<string> AttributeValues(string name)
    {
        string? property = name switch
        {
            "username" => Username,
            "email" => Email,
            "firstName" => FirstName,
            "lastName" => LastName,
            _ => null,
        };
        if (property is not null)
        {
            return [property];
        }

        return Attributes.TryGetValue(name, out var values) ? values : [];
    }
}
