using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tokens;

/// <summary>The ID token Keycloak adds when <c>openid</c> was asked for: the user's claims, for the client.</summary>
internal static class IdTokens
{
    /// <summary>Claims of the access token that describe the grant rather than the user.</summary>
    private static readonly HashSet<string> AccessOnly = new(StringComparer.Ordinal)
    {
        "jti",
        "aud",
        "typ",
        "azp",
        "realm_access",
        "resource_access",
        "scope",
        "allowed-origins",
    };

    /// <param name="access">The access token's payload, whose user claims the ID token repeats.</param>
    /// <param name="clientId">The client, the ID token's audience.</param>
    /// <param name="accessToken">The signed access token, for <c>at_hash</c>.</param>
    /// <param name="nonce">The authorization request's <c>nonce</c>; Keycloak puts it in the ID token only.</param>
    public static JsonObject Payload(JsonObject access, string clientId, string accessToken, string? nonce = null)
    {
        var payload = new JsonObject();
        foreach (var (name, value) in access)
        {
            if (!AccessOnly.Contains(name))
            {
                payload[name] = value?.DeepClone();
            }

            if (name == "iss")
            {
                payload["jti"] = Guid.NewGuid().ToString();
                payload["aud"] = clientId;
                payload["typ"] = "ID";
                payload["azp"] = clientId;
                if (nonce is not null)
                {
                    payload["nonce"] = nonce;
                }
            }
        }

        payload["at_hash"] = AtHash(accessToken);
        return payload;
    }

    /// <summary>OpenID Connect's <c>at_hash</c> for RS256: the left half of the token's SHA-256, base64url.</summary>
    private static string AtHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64UrlEncoder.Encode(hash[..(hash.Length / 2)]);
    }
}
