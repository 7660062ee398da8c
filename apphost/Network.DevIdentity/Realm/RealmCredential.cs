namespace Network.DevIdentity.Realm;

/// <summary>
/// A credential of a user as Keycloak imports it: <c>type</c> and a clear-text <c>value</c>. Hashed
/// credentials of a full export cannot be checked and never match.
/// </summary>
public sealed class RealmCredential
{
    public string? Type { get; init; }

    public string? Value { get; init; }

    public bool Temporary { get; init; }

    public bool IsPassword => string.Equals(Type, "password", StringComparison.Ordinal) && Value is not null;
}
