using System.Text.Json.Serialization;

namespace Network.DevIdentity.Realm;

/// <summary>
/// A credential of a user as Keycloak imports it: <c>type</c> and a clear-text <c>value</c>, or Keycloak's hashed
/// form (<c>secretData</c> and <c>credentialData</c>), in which DevIdentity keeps the passwords people choose.
/// Hashed credentials of another algorithm than DevIdentity's cannot be checked and never match.
/// </summary>
public sealed record RealmCredential
{
    public const string PasswordType = "password";

    public string? Type { get; init; }

    public string? Value { get; init; }

    public bool Temporary { get; init; }

    /// <summary>When the credential was set, in milliseconds since the epoch.</summary>
    public long? CreatedDate { get; init; }

    public string? SecretData { get; init; }

    public string? CredentialData { get; init; }

    [JsonIgnore]
    public bool IsPassword =>
        string.Equals(Type, PasswordType, StringComparison.Ordinal) && (Value ?? SecretData) is not null;

    public bool Verifies(string? password) =>
        Value is not null ? Secrets.AreEqual(Value, password) : PasswordHashes.Verify(this, password);
}
