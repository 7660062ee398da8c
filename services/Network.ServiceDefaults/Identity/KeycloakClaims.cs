namespace Network.ServiceDefaults.Identity;

/// <summary>Claim names of a Keycloak access token, and the <c>role</c> claims mapped from them.</summary>
public static class KeycloakClaims
{
    public const string Subject = "sub";
    public const string PreferredUsername = "preferred_username";
    public const string RealmAccess = "realm_access";
    public const string ResourceAccess = "resource_access";
    public const string PartnerId = "partner_id";

    /// <summary>
    /// Keycloak's kind of token: <c>Bearer</c> for an access token; <c>ID</c> and <c>Refresh</c> tokens of the same
    /// realm are signed with the same key and must never open an API.
    /// </summary>
    public const string TokenType = "typ";

    public const string AccessTokenType = "Bearer";

    /// <summary>The flat claim the roles of <c>realm_access</c> and <c>resource_access</c> are copied to.</summary>
    public const string Role = "role";
}
