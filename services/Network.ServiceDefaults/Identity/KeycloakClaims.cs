namespace Network.ServiceDefaults.Identity;

/// <summary>Claim names of a Keycloak access token, and the <c>role</c> claims mapped from them.</summary>
public static class KeycloakClaims
{
    public const string Subject = "sub";
    public const string PreferredUsername = "preferred_username";
    public const string RealmAccess = "realm_access";
    public const string ResourceAccess = "resource_access";
    public const string PartnerId = "partner_id";

    /// <summary>The flat claim the roles of <c>realm_access</c> and <c>resource_access</c> are copied to.</summary>
    public const string Role = "role";
}
