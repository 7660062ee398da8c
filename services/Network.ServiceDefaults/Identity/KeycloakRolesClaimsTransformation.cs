using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace Network.ServiceDefaults.Identity;

/// <summary>
/// Copies Keycloak's nested roles (<c>realm_access.roles</c> and <c>resource_access.{client}.roles</c> of
/// the configured client) to flat <c>role</c> claims that policies and <c>IsInRole</c> understand.
/// </summary>
/// <remarks>
/// Those two objects are the only source of roles: a <c>role</c> claim the token carries itself (a protocol mapper
/// added to the realm, or an attribute a user could edit) is removed, never trusted. The result depends on the
/// token alone, so transforming twice (authentication may run more than once a request) changes nothing.
/// </remarks>
public sealed class KeycloakRolesClaimsTransformation(KeycloakOptions keycloak) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true })
        {
            return Task.FromResult(principal);
        }

        var transformed = principal.Clone();
        var identity = (ClaimsIdentity)transformed.Identity!;
        foreach (
            var carried in identity
                .FindAll(claim => claim.Type == identity.RoleClaimType || claim.Type == KeycloakClaims.Role)
                .ToList()
        )
        {
            identity.TryRemoveClaim(carried);
        }

        var roles = RolesOf(identity.FindFirst(KeycloakClaims.RealmAccess)?.Value);
        if (keycloak.EffectiveAudience is { } client)
        {
            roles = roles.Concat(RolesOf(identity.FindFirst(KeycloakClaims.ResourceAccess)?.Value, client));
        }

        identity.AddClaims(roles.Distinct(StringComparer.Ordinal).Select(role => new Claim(KeycloakClaims.Role, role)));
        return Task.FromResult(transformed);
    }

    /// <summary>The <c>roles</c> array of an access object, or of one client's entry in it.</summary>
    internal static IEnumerable<string> RolesOf(string? json, string? client = null)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var access = document.RootElement;
            if (
                client is not null
                && (access.ValueKind != JsonValueKind.Object || !access.TryGetProperty(client, out access))
            )
            {
                return [];
            }

            return
                access.ValueKind == JsonValueKind.Object
                && access.TryGetProperty("roles", out var roles)
                && roles.ValueKind == JsonValueKind.Array
                ? roles
                    .EnumerateArray()
                    .Where(role => role.ValueKind == JsonValueKind.String)
                    .Select(role => role.GetString()!)
                    .ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
