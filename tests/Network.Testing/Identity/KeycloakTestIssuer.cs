using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Network.DevIdentity.Tokens;

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

    private KeycloakTestIssuer(
        WebApplication server,
        RsaSecurityKey key,
        RsaSecurityKey foreignKey,
        string authServerUrl
    )
    {
        _server = server;
        _key = key;
        _foreignKey = foreignKey;
        AuthServerUrl = authServerUrl;
    }

    public string AuthServerUrl { get; }

    public string Issuer => $"{AuthServerUrl}/realms/{Realm}";

    /// <summary>The <c>Keycloak</c> settings a service needs to trust this issuer.</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings =>
        new Dictionary<string, string?>
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
        server.MapGet($"{realm}/.well-known/openid-configuration", (HttpContext context) =>
            Results.Text(
                KeycloakDocuments.Discovery($"{context.Request.Scheme}://{context.Request.Host}{realm}").ToJsonString(),
                "application/json"
            )
        );
        server.MapGet($"{realm}/protocol/openid-connect/certs", () =>
            Results.Text(KeycloakDocuments.Jwks(key).ToJsonString(), "application/json")
        );
        await server.StartAsync();
        var address = server.Urls.First();
        return new KeycloakTestIssuer(server, key, NewKey(), address);
    }

    public string TokenFor(TestUser user, TokenSpec? spec = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        spec ??= new TokenSpec();
        var key = spec.SignWithForeignKey ? _foreignKey : _key;
        if (spec.KeyId is { } kid)
        {
            key = new RsaSecurityKey(key.Rsa) { KeyId = kid };
        }
        return new JsonWebTokenHandler().CreateToken(
            Payload(user, spec),
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256)
        );
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
        var subject = new KeycloakTokenSubject(
            user.Subject,
            user.UserName,
            GivenName: null,
            FamilyName: user.UserName,
            Email: $"{user.UserName}@example.org",
            RealmRoles: spec.RolesAsClientRoles ? [] : user.Roles,
            ClientRoles: spec.RolesAsClientRoles
                ? new Dictionary<string, IReadOnlyList<string>> { [ApiAudience] = user.Roles }
                : new Dictionary<string, IReadOnlyList<string>>(),
            Claims: new Dictionary<string, IReadOnlyList<string>>
            {
                ["partner_id"] = [.. user.PartnerIds.Select(id => id.ToString())],
            }
        )
        {
            EmailVerified = true,
        };
        var payload = KeycloakTokenShape.AccessTokenPayload(
            subject,
            spec.Issuer ?? Issuer,
            ClientId,
            [spec.Audience],
            DateTimeOffset.UtcNow,
            spec.Lifetime
        );
        payload["typ"] = spec.Type;
        if (spec.OwnRole is { } role)
        {
            payload["role"] = role;
        }

        if (spec.PartnerIdAsArray && user.PartnerIds.Count == 1)
        {
            payload["partner_id"] = new JsonArray(user.PartnerIds[0].ToString());
        }

        return payload.ToJsonString();
    }

    private static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
}
