using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Network.Testing.Identity;

/// <summary>What a token says, unchecked: for a test that asks what the identity provider now says of a
/// person.</summary>
public static class TokenClaims
{
    public static JsonElement Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[1])).RootElement;
    }

    public static IReadOnlyList<string> RealmRoles(JsonElement claims) =>
        claims.TryGetProperty("realm_access", out var access)
            ? [.. access.GetProperty("roles").EnumerateArray().Select(role => role.GetString()!)]
            : [];

    /// <summary>The <c>partner_id</c> claim: a string for one partner, an array for several, absent for none.</summary>
    public static IReadOnlyList<Guid> PartnerIds(JsonElement claims) =>
        !claims.TryGetProperty("partner_id", out var ids) ? []
        : ids.ValueKind == JsonValueKind.Array ? [.. ids.EnumerateArray().Select(id => Guid.Parse(id.GetString()!))]
        : [Guid.Parse(ids.GetString()!)];
}
