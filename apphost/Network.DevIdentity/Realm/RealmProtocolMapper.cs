namespace Network.DevIdentity.Realm;

/// <summary>A protocol mapper of a client (<c>ProtocolMapperRepresentation</c>).</summary>
public sealed class RealmProtocolMapper
{
    public string? Name { get; init; }

    public string? ProtocolMapper { get; init; }

    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>Keycloak maps to the access token unless <c>access.token.claim</c> says <c>false</c>.</summary>
    public bool InAccessToken => !IsFalse("access.token.claim");

    public bool Multivalued => IsTrue("multivalued");

    public string? Setting(string key) => Config.TryGetValue(key, out var value) ? value : null;

    private bool IsTrue(string key) => string.Equals(Setting(key), "true", StringComparison.OrdinalIgnoreCase);

    private bool IsFalse(string key) => string.Equals(Setting(key), "false", StringComparison.OrdinalIgnoreCase);
}
