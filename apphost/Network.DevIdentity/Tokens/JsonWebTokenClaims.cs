using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tokens;

internal static class JsonWebTokenClaims
{
    /// <summary>A string claim of the payload, or null when it is absent or not a string.</summary>
    public static string? StringClaim(this JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) ? value : null;

    /// <summary>The whole payload, as it was signed.</summary>
    public static JsonObject Payload(this JsonWebToken token) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.EncodedPayload)))!.AsObject();
}
