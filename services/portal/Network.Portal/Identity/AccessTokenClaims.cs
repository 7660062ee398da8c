using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Network.ServiceDefaults.Identity;

namespace Network.Portal.Identity;

/// <summary>
/// The roles and structures of the signed-in person, read from the access token the realm gave the portal (the ID
/// token carries neither), so that the pages show only what the API will let the person do.
/// </summary>
internal static class AccessTokenClaims
{
    private static readonly string[] Copied = [KeycloakClaims.Role, KeycloakClaims.PartnerId];

    public static void CopyTo(ClaimsPrincipal principal, string? accessToken)
    {
        if (principal.Identity is not ClaimsIdentity identity || string.IsNullOrEmpty(accessToken))
        {
            return;
        }

        foreach (var claim in identity.Claims.Where(claim => Copied.Contains(claim.Type)).ToList())
        {
            identity.RemoveClaim(claim);
        }

        // The token comes straight from the realm's token endpoint over the back channel: read, not validated again.
        var token = new JsonWebToken(accessToken);
        if (
            token.TryGetPayloadValue(KeycloakClaims.RealmAccess, out JsonElement realmAccess)
            && realmAccess.ValueKind == JsonValueKind.Object
            && realmAccess.TryGetProperty("roles", out var roles)
            && roles.ValueKind == JsonValueKind.Array
        )
        {
            foreach (var role in roles.EnumerateArray().Select(role => role.GetString()).OfType<string>())
            {
                identity.AddClaim(new Claim(KeycloakClaims.Role, role));
            }
        }

        // One structure comes as a string, several as an array: the token's claims list each value once either way.
        foreach (var partner in token.Claims.Where(claim => claim.Type == KeycloakClaims.PartnerId))
        {
            identity.AddClaim(new Claim(KeycloakClaims.PartnerId, partner.Value));
        }
    }
}
