using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tokens;

/// <summary>
/// The documents a Keycloak realm publishes for token validation: its OpenID Connect discovery document and
/// its JWKS. JwtBearer reads the issuer and <c>jwks_uri</c> of the first and the keys of the second.
/// </summary>
public static class KeycloakDocuments
{
    /// <summary>The discovery document of the realm at <paramref name="issuer"/> (<c>{server}/realms/{realm}</c>).</summary>
    public static JsonObject Discovery(string issuer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        issuer = issuer.TrimEnd('/');
        var connect = $"{issuer}/protocol/openid-connect";
        return new JsonObject
        {
            ["issuer"] = issuer,

            // Listed because discovery requires it; there is no login page behind it (see DevIdentityExtensions).
            ["authorization_endpoint"] = $"{connect}/auth",
            ["token_endpoint"] = $"{connect}/token",
            ["userinfo_endpoint"] = $"{connect}/userinfo",
            ["jwks_uri"] = $"{connect}/certs",

            // Only what is actually served: the grants without a browser.
            ["grant_types_supported"] = Strings("password", "client_credentials", "refresh_token"),
            ["response_types_supported"] = Strings("code"),
            ["subject_types_supported"] = Strings("public"),
            ["id_token_signing_alg_values_supported"] = Strings(SecurityAlgorithms.RsaSha256),
            ["token_endpoint_auth_methods_supported"] = Strings("client_secret_basic", "client_secret_post"),
            ["claims_supported"] = Strings(
                "aud", "sub", "iss", "auth_time", "name", "given_name", "family_name", "preferred_username", "email", "acr"),
            ["claim_types_supported"] = Strings("normal"),
            ["scopes_supported"] = Strings("openid", "profile", "email"),
        };
    }

    /// <summary>The JWKS of the realm: the RS256 signing key's public half.</summary>
    public static JsonObject Jwks(RsaSecurityKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = key.Rsa?.ExportParameters(includePrivateParameters: false) ?? key.Parameters;
        if (parameters.Modulus is null || parameters.Exponent is null)
        {
            throw new ArgumentException("The key has no RSA public parameters.", nameof(key));
        }

        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kid"] = key.KeyId,
                ["kty"] = "RSA",
                ["alg"] = SecurityAlgorithms.RsaSha256,
                ["use"] = "sig",
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            }),
        };
    }

    private static JsonArray Strings(params string[] values) => new([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
}
