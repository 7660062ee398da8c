using System.Net;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The code exchange at the token endpoint: a code serves once, for a minute, to the client it was issued to, at the
/// redirect URI it was sent to, with the verifier of its challenge; Keycloak's errors otherwise.
/// </summary>
public sealed class CodeExchangeTests(DevIdentityFixture fixture) : IClassFixture<DevIdentityFixture>, IDisposable
{
    private readonly Browser _browser = fixture.NewBrowser();

    [Fact]
    public async Task A_verifier_that_is_not_the_challenges_is_refused()
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];

        using var response = await _browser.ExchangeAsync(
            code,
            request with
            {
                Verifier = AuthorizeRequest.ForPortal().Verifier,
            }
        );

        await AssertRefusedAsync(response, "invalid_grant", "PKCE verification failed: Code mismatch");
    }

    [Theory]
    [InlineData("", "PKCE code verifier not specified")]
    [InlineData("short", "Invalid code verifier")]
    public async Task A_missing_or_malformed_verifier_is_refused(string verifier, string description)
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];

        using var response = await _browser.ExchangeAsync(code, request with { Verifier = verifier });

        await AssertRefusedAsync(response, "invalid_grant", description);
    }

    [Fact]
    public async Task A_code_serves_once_and_its_reuse_revokes_the_first_exchange()
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];
        using var first = await _browser.ExchangeAsync(code, request);
        var refreshToken = (await DevIdentityFactory.JsonOfAsync(first))["refresh_token"]!.GetValue<string>();

        using var second = await _browser.ExchangeAsync(code, request);
        using var refresh = await _browser.RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertRefusedAsync(second, "invalid_grant", "Code not valid");
        await AssertRefusedAsync(refresh, "invalid_grant", "Session doesn't have required client");
    }

    [Fact]
    public async Task A_code_is_worthless_after_a_minute()
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];

        fixture.Time.Advance(TimeSpan.FromSeconds(61));
        using var response = await _browser.ExchangeAsync(code, request);

        await AssertRefusedAsync(response, "invalid_grant", "Code not valid");
    }

    [Fact]
    public async Task A_code_is_good_for_its_whole_minute()
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];

        fixture.Time.Advance(TimeSpan.FromSeconds(59));
        using var response = await _browser.ExchangeAsync(code, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_redirect_uri_must_be_the_one_of_the_authorization_request()
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];

        using var response = await _browser.ExchangeAsync(
            code,
            request with
            {
                RedirectUri = "http://localhost:5080/other",
            }
        );
        using var retry = await _browser.ExchangeAsync(code, request);

        await AssertRefusedAsync(response, "invalid_grant", "Incorrect redirect_uri");
        await AssertRefusedAsync(retry, "invalid_grant", "Code not valid");
    }

    [Fact]
    public async Task A_code_of_another_client_is_refused()
    {
        var request = AuthorizeRequest.ForPortal().ForOtherClient();
        var code = (await _browser.SignInAsync(request))["code"];

        using var response = await _browser.ExchangeAsync(
            code,
            request,
            TestRealm.PortalClient,
            TestRealm.PortalSecret
        );

        await AssertRefusedAsync(response, "invalid_grant", "Auth error");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-secret")]
    public async Task The_portal_must_authenticate(string? secret)
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];

        using var response = await _browser.TokenRequestAsync([
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", TestRealm.PortalRedirectUri),
            ("code_verifier", request.Verifier),
            ("client_id", TestRealm.PortalClient),
            .. secret is null ? [] : new[] { ("client_secret", secret) },
        ]);

        await AssertRefusedAsync(
            response,
            "unauthorized_client",
            "Invalid client or Invalid client credentials",
            HttpStatusCode.Unauthorized
        );
    }

    [Fact]
    public async Task The_secret_may_come_by_HTTP_Basic()
    {
        var request = AuthorizeRequest.ForPortal();
        var code = (await _browser.SignInAsync(request))["code"];
        using var message = new HttpRequestMessage(HttpMethod.Post, DevIdentityFactory.TokenPath)
        {
            Content = DevIdentityFactory.Form(
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", TestRealm.PortalRedirectUri),
                ("code_verifier", request.Verifier)
            ),
        };
        message.Headers.Authorization = new(
            "Basic",
            Convert.ToBase64String(
                System.Text.Encoding.UTF8.GetBytes($"{TestRealm.PortalClient}:{TestRealm.PortalSecret}")
            )
        );

        using var response = await _browser.Client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_client_whose_standard_flow_was_switched_off_cannot_exchange_its_code()
    {
        // A realm of its own, as it changes it.
        using var realm = new TestRealm();
        using var identity = new DevIdentityFactory(realm);
        using var browser = new Browser(identity);
        var request = AuthorizeRequest.ForPortal();
        var code = (await browser.SignInAsync(request))["code"];
        realm.Rewrite(json =>
            json.Replace("\"standardFlowEnabled\": true", "\"standardFlowEnabled\": false", StringComparison.Ordinal)
        );

        using var response = await browser.ExchangeAsync(code, request);

        await AssertRefusedAsync(response, "unauthorized_client", "Client not allowed to exchange code");
    }

    [Fact]
    public async Task A_missing_code_is_an_invalid_request()
    {
        using var response = await _browser.ExchangeAsync("", AuthorizeRequest.ForPortal());

        await AssertRefusedAsync(response, "invalid_request", "Missing parameter: code");
    }

    public void Dispose() => _browser.Dispose();

    private static async Task AssertRefusedAsync(
        HttpResponseMessage response,
        string error,
        string description,
        HttpStatusCode status = HttpStatusCode.BadRequest
    )
    {
        var body = await DevIdentityFactory.JsonOfAsync(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body["error"]!.GetValue<string>());
        Assert.Equal(description, body["error_description"]!.GetValue<string>());
        Assert.Null(body["access_token"]);
    }
}
