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

    /// <summary>Keycloak enables the authorization code flow of an imported client that does not say
    /// otherwise.</summary>
    public bool StandardFlowEnabled { get; init; } = true;

    public bool ImplicitFlowEnabled { get; init; }

    /// <summary>The base of the redirect URIs written as a path (<c>/callback</c>).</summary>
    public string? RootUrl { get; init; }

    /// <summary>Redirect URI patterns; a trailing <c>*</c> accepts anything after it.</summary>
    public IReadOnlyList<string> RedirectUris { get; init; } = [];

    /// <summary>The client's default scopes; null when the export leaves the realm's defaults.</summary>
    public IReadOnlyList<string>? DefaultClientScopes { get; init; }

    public IReadOnlyList<string>? OptionalClientScopes { get; init; }

    public IReadOnlyList<RealmProtocolMapper> ProtocolMappers { get; init; } = [];

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>The client's own <c>access.token.lifespan</c>, which overrides the realm's.</summary>
    public TimeSpan? AccessTokenLifetime =>
        Attributes.TryGetValue("access.token.lifespan", out var value)
        && int.TryParse(value, out var seconds)
        && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>Keycloak gives a refresh token to a client-credentials grant only when the client asks for
    /// it.</summary>
    public bool RefreshTokenForClientCredentials =>
        Attributes.TryGetValue("client_credentials.use_refresh_token", out var value)
        && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The only PKCE method the client accepts (<c>pkce.code.challenge.method</c>); null when PKCE is
    /// optional.</summary>
    public string? PkceCodeChallengeMethod => Attribute("pkce.code.challenge.method");

    public bool RequiresPushedAuthorizationRequests =>
        string.Equals(Attribute("require.pushed.authorization.requests"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the client may send a browser after logout: <c>post.logout.redirect.uris</c>, patterns separated by
    /// <c>##</c>, where <c>+</c> stands for the redirect URIs. None when the attribute is absent, as in Keycloak.
    /// </summary>
    public IReadOnlyList<string> PostLogoutRedirectUris =>
        (Attribute("post.logout.redirect.uris") ?? "")
            .Split("##", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(uri => uri == "+" ? RedirectUris : [uri])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether <paramref name="scope"/> is one of the client's default or optional client scopes.</summary>
    public bool HasClientScope(string scope) =>
        (DefaultClientScopes ?? RealmDefaultScopes.Default).Contains(scope, StringComparer.Ordinal)
        || (OptionalClientScopes ?? RealmDefaultScopes.Optional).Contains(scope, StringComparer.Ordinal);

    public bool HasSecret(string? secret) => Secret is not null && Secrets.AreEqual(Secret, secret);

    /// <summary>The audiences the client's audience mappers add to its access tokens.</summary>
    public IReadOnlyList<string> Audiences() =>
        AccessTokenMappers(AudienceMapper)
            .Select(mapper => mapper.Setting("included.client.audience") ?? mapper.Setting("included.custom.audience"))
            .OfType<string>()
            .Where(audience => audience.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The user attributes the client's attribute mappers copy to its access tokens.</summary>
    public IEnumerable<RealmProtocolMapper> AttributeMappers() => AccessTokenMappers(AttributeMapper);

    private string? Attribute(string name) =>
        Attributes.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private IEnumerable<RealmProtocolMapper> AccessTokenMappers(string type) =>
        ProtocolMappers.Where(mapper =>
            string.Equals(mapper.ProtocolMapper, type, StringComparison.Ordinal) && mapper.InAccessToken
        );
}
