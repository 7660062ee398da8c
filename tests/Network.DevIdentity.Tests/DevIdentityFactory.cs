using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Network.DevIdentity.Tests;

/// <summary>DevIdentity in the test process, on a test realm, configured as it is in local mode: its data and its
/// e-mails in the test realm's folders.</summary>
public sealed class DevIdentityFactory(TestRealm realm, string environment = "Development")
    : WebApplicationFactory<DevIdentityMarker>
{
    public static readonly Uri TokenPath = new("/realms/network/protocol/openid-connect/token", UriKind.Relative);
    public static readonly Uri CertsPath = new("/realms/network/protocol/openid-connect/certs", UriKind.Relative);
    public static readonly Uri DiscoveryPath = new(
        "/realms/network/.well-known/openid-configuration",
        UriKind.Relative
    );
    public static readonly Uri UserInfoPath = new("/realms/network/protocol/openid-connect/userinfo", UriKind.Relative);
    public static readonly Uri PushedRequestPath = new(
        "/realms/network/protocol/openid-connect/ext/par/request",
        UriKind.Relative
    );
    public const string AuthorizationPath = "/realms/network/protocol/openid-connect/auth";
    public const string LogoutPath = "/realms/network/protocol/openid-connect/logout";

    /// <summary>The issuer of the test server's tokens: the test client's base address and the realm.</summary>
    public const string Issuer = "http://localhost/realms/network";

    /// <summary>Configuration added to the test realm's, e.g.
    /// <c>DevIdentity:RedirectUris:network-portal:0</c>.</summary>
    public IDictionary<string, string> Settings { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The clock DevIdentity runs on; the system's when null.</summary>
    public TimeProvider? Time { get; init; }

    public static Task<HttpResponseMessage> PasswordGrantAsync(HttpClient client, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(
            TokenPath,
            Form(
                ("grant_type", "password"),
                ("client_id", TestRealm.CliClient),
                ("username", username),
                ("password", password)
            )
        );
    }

    public static Task<HttpResponseMessage> ClientCredentialsGrantAsync(
        HttpClient client,
        string clientId,
        string? secret
    )
    {
        ArgumentNullException.ThrowIfNull(client);
        var fields = new List<(string Name, string Value)>
        {
            ("grant_type", "client_credentials"),
            ("client_id", clientId),
        };
        if (secret is not null)
        {
            fields.Add(("client_secret", secret));
        }

        return client.PostAsync(TokenPath, Form([.. fields]));
    }

    public static async Task<JsonObject> JsonOfAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The access token of a successful token response.</summary>
    public static async Task<string> AccessTokenOfAsync(HttpResponseMessage response)
    {
        var body = await JsonOfAsync(response);
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body["access_token"]!.GetValue<string>();
    }

    /// <summary>A token's payload, decoded without validation.</summary>
    public static JsonObject PayloadOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1])))!.AsObject();
    }

    /// <summary>A claim that may be one string or an array of them, as a list.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? node)
    {
        if (node is null)
        {
            return [];
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.String => [node.GetValue<string>()],
            JsonValueKind.Array => node.AsArray().Select(item => item!.GetValue<string>()).ToList(),
            _ => [],
        };
    }

    /// <summary>The kid of the only key of a JWKS.</summary>
    public static string KidOf(string jwks)
    {
        ArgumentNullException.ThrowIfNull(jwks);
        return Assert.Single(JsonNode.Parse(jwks)!["keys"]!.AsArray())!["kid"]!.GetValue<string>();
    }

    /// <summary>Validates a token as the services do: JWKS keys, issuer, the API audience, RS256, no clock
    /// skew.</summary>
    public static async Task<TokenValidationResult> ValidateAsServicesDoAsync(string token, string jwks) =>
        await new JsonWebTokenHandler().ValidateTokenAsync(
            token,
            new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = TestRealm.ApiAudience,
                IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = TimeSpan.Zero,
            }
        );

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(environment);
        builder.UseSetting("DevIdentity:RealmFile", realm.RealmFile);
        builder.UseSetting("DevIdentity:DataPath", realm.DataPath);
        builder.UseSetting("DevIdentity:MailPickupDirectory", realm.MailPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Time));
        }
    }

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create<string?, string?>(field.Name, field.Value)));
}
