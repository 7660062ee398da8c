namespace Network.DevIdentity.Realm;

/// <summary>A client of the realm export (<c>ClientRepresentation</c>).</summary>
public sealed class RealmClient
{
    public const string AudienceMapper = "oidc-audience-mapper";
    public const string AttributeMapper = "oidc-usermodel-attribute-mapper";

    public required string ClientId { get; init; }

    public bool Enabled { get; init; } = true;

    public bool PublicClient { get; init; }

    public bool BearerOnly { get; init; }

    public string? Secret { get; init; }

    public bool DirectAccessGrantsEnabled { get; init; }

    public bool ServiceAccountsEnabled { get; init; }

    public IReadOnlyList<RealmProtocolMapper> ProtocolMappers { get; init; } = [];

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>The client's own <c>access.token.lifespan</c>, which overrides the realm's.</summary>
    public TimeSpan? AccessTokenLifetime
        => Attributes.TryGetValue("access.token.lifespan", out var value) && int.TryParse(value, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>Keycloak gives a refresh token to a client-credentials grant only when the client asks for it.</summary>
    public bool RefreshTokenForClientCredentials
        => Attributes.TryGetValue("client_credentials.use_refresh_token", out var value)
           && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    public bool HasSecret(string? secret) => Secret is not null && Secrets.AreEqual(Secret, secret);

    /// <summary>The audiences the client's audience mappers add to its access tokens.</summary>
    public IReadOnlyList<string> Audiences()
        => AccessTokenMappers(AudienceMapper)
            .Select(mapper => mapper.Setting("included.client.audience") ?? mapper.Setting("included.custom.audience"))
            .OfType<string>()
            .Where(audience => audience.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The user attributes the client's attribute mappers copy to its access tokens.</summary>
    public IEnumerable<RealmProtocolMapper> AttributeMappers() => AccessTokenMappers(AttributeMapper);

    private IEnumerable<RealmProtocolMapper> AccessTokenMappers(string type)
        => ProtocolMappers.Where(mapper => string.Equals(mapper.ProtocolMapper, type, StringComparison.Ordinal) && mapper.InAccessToken);
}
