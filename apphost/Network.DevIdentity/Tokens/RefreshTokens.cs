using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Network.DevIdentity.Tokens;

/// <summary>
/// Refresh tokens shaped as Keycloak's (<c>typ: Refresh</c>, the issuer as audience), signed with the realm
/// key: no service accepts them, since their audience is not the API's.
/// </summary>
internal static class RefreshTokens
{
    public const string Type = "Refresh";

    public static JsonObject Payload(JsonObject access, DateTimeOffset now, TimeSpan lifetime)
    {
        var payload = new JsonObject
        {
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = access["iss"]?.DeepClone(),
            ["aud"] = access["iss"]?.DeepClone(),
            ["sub"] = access["sub"]?.DeepClone(),
            ["typ"] = Type,
            ["azp"] = access["azp"]?.DeepClone(),
        };
        if (access["sid"] is { } sid)
        {
            payload["sid"] = sid.DeepClone();
        }

        payload["scope"] = access["scope"]?.DeepClone();
        return payload;
    }

    /// <summary>Whether a validated token is a refresh token rather than an access or ID token.</summary>
    public static bool IsRefreshToken(JsonWebToken token) => token.StringClaim("typ") == Type;
}
