using System.Security.Cryptography;
using System.Text;

namespace Network.DevIdentity.Realm;

/// <summary>A user of the realm export (<c>UserRepresentation</c>).</summary>
public sealed class RealmUser
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

    public bool IsServiceAccount => ServiceAccountClientId is not null;

    /// <summary>Whether a password login must first finish setting the account up, as Keycloak says it.</summary>
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
        var name = $"{realm}/{Username.ToLowerInvariant()}";
#pragma warning restore CA1308
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];

        // An RFC 9562 version 8 (custom) UUID, so that it reads as a well-formed GUID everywhere.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

    public bool HasPassword(string? password) =>
        Credentials.Any(credential => credential.IsPassword && Secrets.AreEqual(credential.Value, password));

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
