using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Network.Resilience.Tests.Access;

/// <summary>What is wrong with a crafted token: exactly one thing, or nothing.</summary>
public enum TokenDefect
{
    /// <summary>The control: a token signed with the realm's key that every entry point must accept.</summary>
    None,
    Missing,
    Expired,
    NotYetValid,
    WrongIssuer,
    WrongAudience,
    AlgNone,

    /// <summary>Key confusion: HS256 with the realm's RSA public key (PEM) as the HMAC secret.</summary>
    HmacWithPublicKey,
    UnknownKid,

    /// <summary>A valid token whose payload was changed after signing (roles raised to coordinator).</summary>
    TamperedClaims,

    /// <summary>
    /// An ID token of the realm, signed with its key and carrying the API's audience (Keycloak's audience mapper can
    /// add it to ID tokens): only its <c>typ</c>, <c>ID</c> instead of <c>Bearer</c>, tells it from an access token.
    /// </summary>
    IdToken,
}

/// <summary>
/// Crafts access tokens with the identity provider's own signing key, read from its data folder, starting from the
/// claims of a token it issued: each token differs from a valid one by one defect.
/// </summary>
public sealed class TokenForge : IDisposable
{
    private readonly RSA _key;
    private readonly string _kid;
    private readonly JsonObject _claims;

    private TokenForge(RSA key, string kid, JsonObject claims)
    {
        _key = key;
        _kid = kid;
        _claims = claims;
    }

    /// <summary>A forge for the key in <paramref name="identityFolder"/>, with the claims of
    /// <paramref name="issuedToken"/>.</summary>
    public static TokenForge From(string identityFolder, string issuedToken)
    {
        ArgumentNullException.ThrowIfNull(issuedToken);
        var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(Path.Combine(identityFolder, "signing-key.pem")));
        var kid = File.ReadAllText(Path.Combine(identityFolder, "signing-key.kid")).Trim();
        var claims = JsonNode.Parse(Base64UrlDecode(issuedToken.Split('.')[1]))!.AsObject();
        return new TokenForge(key, kid, claims);
    }

    /// <summary>The token with <paramref name="defect"/>; null for <see cref="TokenDefect.Missing"/>.</summary>
    public string? Craft(TokenDefect defect)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = Fresh(now);
        switch (defect)
        {
            case TokenDefect.Missing:
                return null;
            case TokenDefect.Expired:
                claims["iat"] = now - 600;
                claims["exp"] = now - 60;
                break;
            case TokenDefect.NotYetValid:
                claims["nbf"] = now + 120;
                break;
            case TokenDefect.WrongIssuer:
                claims["iss"] = claims["iss"]!
                    .GetValue<string>()
                    .Replace("/realms/network", "/realms/elsewhere", StringComparison.Ordinal);
                break;
            case TokenDefect.WrongAudience:
                claims["aud"] = "another-api";
                claims["azp"] = "another-api";
                break;
            case TokenDefect.AlgNone:
                return $"{Segment(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Segment(claims)}.";
            case TokenDefect.HmacWithPublicKey:
                return SignHmac(
                    new JsonObject
                    {
                        ["alg"] = "HS256",
                        ["typ"] = "JWT",
                        ["kid"] = _kid,
                    },
                    claims
                );
            case TokenDefect.UnknownKid:
                return SignRsa(claims, kid: "an-unknown-key");
            case TokenDefect.TamperedClaims:
                var signed = SignRsa(claims, _kid).Split('.');
                var raised = claims.DeepClone().AsObject();
                raised["realm_access"] = new JsonObject { ["roles"] = new JsonArray("coordinator") };
                return $"{signed[0]}.{Segment(raised)}.{signed[2]}";
            case TokenDefect.IdToken:
                claims["typ"] = "ID";
                break;
            case TokenDefect.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(defect));
        }

        return SignRsa(claims, _kid);
    }

    /// <summary>The issued token's claims, valid from now for four minutes.</summary>
    private JsonObject Fresh(long now)
    {
        var claims = _claims.DeepClone().AsObject();
        claims["iat"] = now - 5;
        claims["exp"] = now + 240;
        claims.Remove("nbf");
        claims["jti"] = Guid.NewGuid().ToString();
        return claims;
    }

    private string SignRsa(JsonObject claims, string kid)
    {
        var input =
            $"{Segment(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = kid })}.{Segment(claims)}";
        var signature = _key.SignData(
            Encoding.ASCII.GetBytes(input),
            HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1
        );
        return $"{input}.{Base64UrlEncode(signature)}";
    }

    private string SignHmac(JsonObject header, JsonObject claims)
    {
        var input = $"{Segment(header)}.{Segment(claims)}";
        var secret = Encoding.ASCII.GetBytes(_key.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input));
        return $"{input}.{Base64UrlEncode(signature)}";
    }

    private static string Segment(JsonNode json) => Base64UrlEncode(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Base64UrlDecode(string segment)
    {
        var base64 = segment.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(
            Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='))
        );
    }

    public void Dispose() => _key.Dispose();
}
