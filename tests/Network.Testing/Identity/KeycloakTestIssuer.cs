using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Network.Testing.Identity;

/// <summary>
/// A Keycloak-shaped token issuer over real HTTP: the realm's discovery document and JWKS at Keycloak's
/// paths, RS256 tokens with Keycloak's claims. Services validate them exactly as they would Keycloak's.
/// </summary>
public sealed class KeycloakTestIssuer : IAsyncDisposable
{
    public const string Realm = "network";
    public const string ApiAudience = "network-api";
    public const string ClientId = "network-cli";

    private readonly WebApplication _server;
    private readonly RsaSecurityKey _key;
    private readonly RsaSecurityKey _foreignKey;

    private KeycloakTestIssuer(WebApplication server, RsaSecurityKey key, RsaSecurityKey foreignKey, string authServerUrl)
    {
        _server = server;
        _key = key;
        _foreignKey = foreignKey;
        AuthServerUrl = authServerUrl;
    }

    public string AuthServerUrl { get; }

    public string Issuer => $"{AuthServerUrl}/realms/{Realm}";

    /// <summary>The <c>Keycloak</c> settings a service needs to trust this issuer.</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["Keycloak:auth-server-url"] = AuthServerUrl,
        ["Keycloak:realm"] = Realm,
        ["Keycloak:resource"] = ApiAudience,
        ["Keycloak:Audience"] = ApiAudience,
        ["Keycloak:ssl-required"] = "none",
    };

    public static async Task<KeycloakTestIssuer> StartAsync()
    {
        var key = NewKey();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = builder.Build();
        var realm = $"/realms/{Realm}";
        server.MapGet($"{realm}/.well-known/openid-configuration", (HttpContext context) => Results.Json(Discovery(context, realm)));
        server.MapGet($"{realm}/protocol/openid-connect/certs", () => Results.Text(Jwks(key), "application/json"));
        await server.StartAsync();
        var address = server.Urls.First();
        return new KeycloakTestIssuer(server, key, NewKey(), address);
    }

    public string TokenFor(TestUser user, TokenSpec? spec = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        spec ??= new TokenSpec();
        var key = spec.SignWithForeignKey ? _foreignKey : _key;
        return new JsonWebTokenHandler().CreateToken(Payload(user, spec), new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    }

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    public string UnsignedTokenFor(TestUser user)
    {
        static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode(Payload(user, new TokenSpec()))}.";
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Rsa.Dispose();
        _foreignKey.Rsa.Dispose();
    }

    private string Payload(TestUser user, TokenSpec spec)
    {
        var now = DateTimeOffset.UtcNow;
        var roles = new JsonArray([.. user.Roles.Select(role => JsonValue.Create(role))]);
        var payload = new JsonObject
        {
            ["exp"] = (now + spec.Lifetime).ToUnixTimeSeconds(),
            ["iat"] = (now - TimeSpan.FromMinutes(1)).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = spec.Issuer ?? Issuer,
            ["aud"] = new JsonArray(spec.Audience, "account"),
            ["sub"] = user.Subject,
            ["typ"] = "Bearer",
            ["azp"] = ClientId,
            ["scope"] = "openid profile email",
            ["realm_access"] = new JsonObject { ["roles"] = spec.RolesAsClientRoles ? new JsonArray("offline_access") : roles },
            ["resource_access"] = new JsonObject
            {
                [ApiAudience] = new JsonObject { ["roles"] = spec.RolesAsClientRoles ? roles : new JsonArray() },
                ["account"] = new JsonObject { ["roles"] = new JsonArray("manage-account", "view-profile") },
            },
            ["preferred_username"] = user.UserName,
            ["name"] = user.UserName,
            ["email"] = $"{user.UserName}@example.org",
        };
        if (user.PartnerIds.Count == 1 && !spec.PartnerIdAsArray)
        {
            payload["partner_id"] = user.PartnerIds[0].ToString();
        }
        else if (user.PartnerIds.Count > 0)
        {
            payload["partner_id"] = new JsonArray([.. user.PartnerIds.Select(id => JsonValue.Create(id.ToString()))]);
        }

        return payload.ToJsonString();
    }

    private static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    private static Dictionary<string, object> Discovery(HttpContext context, string realm)
    {
        var issuer = $"{context.Request.Scheme}://{context.Request.Host}{realm}";
        return new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{issuer}/protocol/openid-connect/auth",
            ["token_endpoint"] = $"{issuer}/protocol/openid-connect/token",
            ["jwks_uri"] = $"{issuer}/protocol/openid-connect/certs",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        };
    }

    private static string Jwks(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new
                {
                    kid = key.KeyId,
                    kty = "RSA",
                    alg = "RS256",
                    use = "sig",
                    n = Base64UrlEncoder.Encode(parameters.Modulus),
                    e = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        });
    }
}
