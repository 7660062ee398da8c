using System.Net;
using System.Text.Json;

namespace Network.DevIdentity.Tests;

/// <summary>The password grant: Keycloak's response, Keycloak's claims, Keycloak's refusals.</summary>
public sealed class PasswordGrantTests : IDisposable
{
    private readonly TestRealm _realm = new();
    private readonly DevIdentityFactory _identity;
    private readonly HttpClient _client;

    public PasswordGrantTests()
    {
        _identity = new DevIdentityFactory(_realm);
        _client = _identity.CreateClient();
    }

    [Fact]
    public async Task The_response_is_Keycloaks()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "one.partner", "one-password");
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(120, body["expires_in"]!.GetValue<int>());
        Assert.Equal(1800, body["refresh_expires_in"]!.GetValue<int>());
        Assert.Equal(0, body["not-before-policy"]!.GetValue<int>());
        Assert.NotNull(body["refresh_token"]);
        Assert.NotNull(body["scope"]);
    }

    [Fact]
    public async Task The_token_carries_Keycloaks_claims()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "one.partner", "one-password");
        var payload = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(response));

        Assert.Equal(DevIdentityFactory.Issuer, payload["iss"]!.GetValue<string>());
        Assert.Equal(TestRealm.CliClient, payload["azp"]!.GetValue<string>());
        Assert.Equal("Bearer", payload["typ"]!.GetValue<string>());
        Assert.True(Guid.TryParse(payload["sub"]!.GetValue<string>(), out _));
        Assert.NotNull(payload["sid"]);
        Assert.Equal(120, payload["exp"]!.GetValue<long>() - payload["iat"]!.GetValue<long>());

        var audiences = DevIdentityFactory.Strings(payload["aud"]);
        Assert.Contains(TestRealm.ApiAudience, audiences);
        Assert.Contains("account", audiences);

        var roles = DevIdentityFactory.Strings(payload["realm_access"]!["roles"]);
        Assert.Contains("partner-staff", roles);
        Assert.Contains("default-roles-network", roles);
        Assert.Contains("offline_access", roles);
        Assert.Contains("uma_authorization", roles);
        Assert.Contains("view-profile", DevIdentityFactory.Strings(payload["resource_access"]!["account"]!["roles"]));

        Assert.Equal("one.partner", payload["preferred_username"]!.GetValue<string>());
        Assert.Equal("Ada", payload["given_name"]!.GetValue<string>());
        Assert.Equal("Martin", payload["family_name"]!.GetValue<string>());
        Assert.Equal("Ada Martin", payload["name"]!.GetValue<string>());
        Assert.Equal("ada@example.org", payload["email"]!.GetValue<string>());
        Assert.True(payload["email_verified"]!.GetValue<bool>());
    }

    [Fact]
    public async Task One_partner_id_is_a_string()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "one.partner", "one-password");
        var partnerId = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(response))[
            "partner_id"
        ]!;

        Assert.Equal(JsonValueKind.String, partnerId.GetValueKind());
        Assert.Equal(TestRealm.FirstPartner.ToString(), partnerId.GetValue<string>());
    }

    [Fact]
    public async Task Two_partner_ids_are_an_array()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "two.partners", "two-password");
        var partnerId = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(response))[
            "partner_id"
        ]!;

        Assert.Equal(JsonValueKind.Array, partnerId.GetValueKind());
        Assert.Equal(
            new[] { TestRealm.FirstPartner.ToString(), TestRealm.SecondPartner.ToString() },
            DevIdentityFactory.Strings(partnerId)
        );
    }

    [Fact]
    public async Task The_token_validates_as_services_validate_it()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "two.partners", "two-password");
        var token = await DevIdentityFactory.AccessTokenOfAsync(response);
        using var discoveryResponse = await _client.GetAsync(DevIdentityFactory.DiscoveryPath);
        var discovery = await DevIdentityFactory.JsonOfAsync(discoveryResponse);

        var result = await DevIdentityFactory.ValidateAsServicesDoAsync(
            token,
            await _client.GetStringAsync(DevIdentityFactory.CertsPath)
        );

        Assert.Equal(DevIdentityFactory.Issuer, discovery["issuer"]!.GetValue<string>());
        Assert.Equal(
            $"{DevIdentityFactory.Issuer}/protocol/openid-connect/certs",
            discovery["jwks_uri"]!.GetValue<string>()
        );
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task A_wrong_password_is_401_invalid_grant()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "one.partner", "not-the-password");
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
        Assert.Equal("Invalid user credentials", body["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_disabled_user_is_refused()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "disabled", "disabled-password");
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", body["error"]!.GetValue<string>());
        Assert.Null(body["access_token"]);
    }

    [Fact]
    public async Task The_refresh_token_refreshes_in_the_session_of_the_grant()
    {
        using var response = await DevIdentityFactory.PasswordGrantAsync(_client, "one.partner", "one-password");
        var body = await DevIdentityFactory.JsonOfAsync(response);
        using var content = DevIdentityFactory.Form(
            ("grant_type", "refresh_token"),
            ("client_id", TestRealm.CliClient),
            ("refresh_token", body["refresh_token"]!.GetValue<string>())
        );

        using var refreshed = await _client.PostAsync(DevIdentityFactory.TokenPath, content);
        var access = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(refreshed));

        Assert.Equal(body["session_state"]!.GetValue<string>(), access["sid"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_grant_type_is_400_unsupported_grant_type()
    {
        using var content = new FormUrlEncodedContent([
            KeyValuePair.Create<string?, string?>("grant_type", "implicit"),
        ]);
        using var response = await _client.PostAsync(DevIdentityFactory.TokenPath, content);
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", body["error"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }
}
