namespace Network.Testing.Identity;

/// <summary>What goes into a test token beyond the user; the defaults give a token the services accept.</summary>
public sealed record TokenSpec
{
    public string? Issuer { get; init; }

    public string Audience { get; init; } = KeycloakTestIssuer.ApiAudience;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Keycloak sends one partner as a plain string and several as an array; force the array form.</summary>
    public bool PartnerIdAsArray { get; init; }

    /// <summary>Roles given as client roles of <c>network-api</c> instead of realm roles.</summary>
    public bool RolesAsClientRoles { get; init; }

    /// <summary>Signs with a key the realm never published.</summary>
    public bool SignWithForeignKey { get; init; }

    /// <summary>Signs with the realm's key but names another one in the header's <c>kid</c>.</summary>
    public string? KeyId { get; init; }

    /// <summary>The payload's <c>typ</c>: Keycloak's access tokens say <c>Bearer</c>, its ID tokens
    /// <c>ID</c>.</summary>
    public string Type { get; init; } = "Bearer";

    /// <summary>A top-level <c>role</c> claim the token carries itself, beside <c>realm_access</c> (a custom
    /// mapper's).</summary>
    public string? OwnRole { get; init; }
}
