using Microsoft.IdentityModel.JsonWebTokens;

namespace Network.DevIdentity.Tokens;

internal static class JsonWebTokenClaims
{
    /// <summary>A string claim of the payload, or null when it is absent or not a string.</summary>
    public static string? StringClaim(this JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) ? value : null;
}
