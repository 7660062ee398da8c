using System.Net;

namespace Network.DevIdentity.Tests;

/// <summary>The client-credentials grant: a token for the client's service-account user, with its secret
/// only.</summary>
public sealed class ClientCredentialsGrantTests : IDisposable
{
    private readonly TestRealm _realm = new();
    private readonly DevIdentityFactory _identity;
    private readonly HttpClient _client;

    public ClientCredentialsGrantTests()
    {
        _identity = new DevIdentityFactory(_realm);
        _client = _identity.CreateClient();
    }

    [Fact]
    public async Task The_secret_gives_a_token_for_the_service_account()
    {
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.AutomationClient,
            TestRealm.AutomationSecret
        );
        var body = await DevIdentityFactory.JsonOfAsync(response);
        var payload = DevIdentityFactory.PayloadOf(await DevIdentityFactory.AccessTokenOfAsync(response));

        Assert.Equal(TestRealm.AutomationClient, payload["azp"]!.GetValue<string>());
        Assert.Equal(
            $"service-account-{TestRealm.AutomationClient}",
            payload["preferred_username"]!.GetValue<string>()
        );
        Assert.Equal(TestRealm.AutomationClient, payload["client_id"]!.GetValue<string>());
        Assert.Contains("coordinator", DevIdentityFactory.Strings(payload["realm_access"]!["roles"]));
        Assert.Contains(TestRealm.ApiAudience, DevIdentityFactory.Strings(payload["aud"]));

        // Keycloak gives a client-credentials grant neither a session nor a refresh token.
        Assert.Null(payload["sid"]);
        Assert.Null(body["refresh_token"]);
        Assert.Equal(0, body["refresh_expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_service_account_token_validates_as_services_validate_it()
    {
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.AutomationClient,
            TestRealm.AutomationSecret
        );
        var token = await DevIdentityFactory.AccessTokenOfAsync(response);

        var result = await DevIdentityFactory.ValidateAsServicesDoAsync(
            token,
            await _client.GetStringAsync(DevIdentityFactory.CertsPath)
        );

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task No_secret_is_401_unauthorized_client()
    {
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.AutomationClient,
            secret: null
        );
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized_client", body["error"]!.GetValue<string>());
        Assert.Null(body["access_token"]);
    }

    [Fact]
    public async Task A_wrong_secret_is_401_unauthorized_client()
    {
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.AutomationClient,
            "not-the-secret"
        );
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized_client", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_client_is_401_invalid_client()
    {
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            "no-such-client",
            "any-secret"
        );
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_public_client_has_no_service_account()
    {
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.CliClient,
            secret: null
        );
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized_client", body["error"]!.GetValue<string>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }
}
