using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tokens;

/// <summary>
/// The documents a Keycloak realm publishes for token validation: its OpenID Connect discovery document and
/// its JWKS. JwtBearer reads the issuer and <c>jwks_uri</c> of the first and the keys of the second.
/// </summary>
public static class KeycloakDocuments
{
    /// <summary>
    /// The discovery document of the realm at <paramref name="issuer"/> (<c>{server}/realms/{realm}</c>), in Keycloak's
    /// order, listing only what DevIdentity serves.
    /// </summary>
    public static JsonObject Discovery(string issuer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        issuer = issuer.TrimEnd('/');
        var connect = $"{issuer}/protocol/openid-connect";
        return new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{connect}/auth",
            ["token_endpoint"] = $"{connect}/token",
            ["userinfo_endpoint"] = $"{connect}/userinfo",
            ["end_session_endpoint"] = $"{connect}/logout",
            ["jwks_uri"] = $"{connect}/certs",
            ["grant_types_supported"] = Strings(
                "authorization_code",
                "client_credentials",
                "password",
                "refresh_token"
            ),
            ["response_types_supported"] = Strings("code", "none"),
            ["subject_types_supported"] = Strings("public"),
            ["prompt_values_supported"] = Strings("none", "login"),
            ["id_token_signing_alg_values_supported"] = Strings(SecurityAlgorithms.RsaSha256),
            ["response_modes_supported"] = Strings("query", "fragment", "form_post"),
            ["token_endpoint_auth_methods_supported"] = Strings("client_secret_basic", "client_secret_post"),
            ["claims_supported"] = Strings(
                "aud",
                "sub",
                "iss",
                "auth_time",
                "name",
                "given_name",
                "family_name",
                "preferred_username",
                "email",
                "acr"
            ),
            ["claim_types_supported"] = Strings("normal"),
            ["claims_parameter_supported"] = false,
            ["scopes_supported"] = Strings("openid", "profile", "email"),
            ["request_parameter_supported"] = false,
            ["request_uri_parameter_supported"] = false,
            ["code_challenge_methods_supported"] = Strings("S256"),
            ["require_pushed_authorization_requests"] = false,
            ["pushed_authorization_request_endpoint"] = $"{connect}/ext/par/request",
            ["authorization_response_iss_parameter_supported"] = true,
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
            ["keys"] = new JsonArray(
                new JsonObject
                {
                    ["kid"] = key.KeyId,
                    ["kty"] = "RSA",
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["use"] = "sig",
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                }
            ),
        };
    }

    private static JsonArray Strings(params string[] values) =>
        new([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]);
}
