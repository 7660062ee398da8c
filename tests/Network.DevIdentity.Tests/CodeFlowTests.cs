using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The authorization code flow with PKCE, end to end, as the portal's OpenID Connect handler drives it: request,
/// login form, credentials, redirect, code exchange; then tokens of Keycloak's shape, which refresh.
/// </summary>
public sealed class CodeFlowTests(DevIdentityFixture fixture) : IClassFixture<DevIdentityFixture>, IDisposable
{
    private readonly Browser _browser = fixture.NewBrowser();

    [Fact]
    public async Task A_browser_signs_in_and_the_portal_gets_Keycloaks_tokens()
    {
        var request = AuthorizeRequest.ForPortal();

        using var page = await _browser.AuthorizeAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);

        using var redirect = await _browser.LogInAsync(page, "one.partner", "one-password");
        var answer = Browser.RedirectParameters(redirect, TestRealm.PortalRedirectUri);
        Assert.Equal(request.State, answer["state"]);
        Assert.Equal(DevIdentityFactory.Issuer, answer["iss"]);
        Assert.False(string.IsNullOrEmpty(answer["code"]));

        using var response = await _browser.ExchangeAsync(answer["code"], request);
        var body = await DevIdentityFactory.JsonOfAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal("openid profile email", body["scope"]!.GetValue<string>());
        Assert.Equal(answer["session_state"], body["session_state"]!.GetValue<string>());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        var access = DevIdentityFactory.PayloadOf(body["access_token"]!.GetValue<string>());
        Assert.Equal(TestRealm.PortalClient, access["azp"]!.GetValue<string>());
        Assert.Contains(TestRealm.ApiAudience, DevIdentityFactory.Strings(access["aud"]));
        Assert.Contains("partner-staff", DevIdentityFactory.Strings(access["realm_access"]!["roles"]));
        Assert.Equal(TestRealm.FirstPartner.ToString(), access["partner_id"]!.GetValue<string>());
        Assert.Equal("one.partner", access["preferred_username"]!.GetValue<string>());
        Assert.Equal(answer["session_state"], access["sid"]!.GetValue<string>());
        Assert.Null(access["nonce"]);

        var id = DevIdentityFactory.PayloadOf(body["id_token"]!.GetValue<string>());
        Assert.Equal("ID", id["typ"]!.GetValue<string>());
        Assert.Equal(TestRealm.PortalClient, id["aud"]!.GetValue<string>());
        Assert.Equal(request.Nonce, id["nonce"]!.GetValue<string>());
        Assert.Equal(access["sub"]!.GetValue<string>(), id["sub"]!.GetValue<string>());
        Assert.Equal(access["sid"]!.GetValue<string>(), id["sid"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(id["at_hash"]?.GetValue<string>()));
        Assert.Null(id["realm_access"]);

        var validation = await DevIdentityFactory.ValidateAsServicesDoAsync(
            body["access_token"]!.GetValue<string>(),
            await _browser.Client.GetStringAsync(DevIdentityFactory.CertsPath)
        );
        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    [Fact]
    public async Task The_refresh_token_of_a_code_exchange_refreshes_in_the_same_session()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());

        using var response = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tokens["session_state"]!.GetValue<string>(), body["session_state"]!.GetValue<string>());
        var access = DevIdentityFactory.PayloadOf(body["access_token"]!.GetValue<string>());
        Assert.Equal(TestRealm.PortalClient, access["azp"]!.GetValue<string>());
        Assert.Equal(tokens["session_state"]!.GetValue<string>(), access["sid"]!.GetValue<string>());
    }

    [Fact]
    public async Task Userinfo_answers_for_the_session()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());
        using var request = new HttpRequestMessage(HttpMethod.Get, DevIdentityFactory.UserInfoPath);
        request.Headers.Authorization = new("Bearer", tokens["access_token"]!.GetValue<string>());

        using var response = await _browser.Client.SendAsync(request);
        var body = await DevIdentityFactory.JsonOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("one.partner", body["preferred_username"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_form_post_response_mode_posts_the_code_to_the_client()
    {
        var request = AuthorizeRequest.ForPortal() with { ResponseMode = "form_post" };
        using var page = await _browser.AuthorizeAsync(request);

        using var response = await _browser.LogInAsync(page, "one.partner", "one-password");
        var form = DevIdentityForm.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestRealm.PortalRedirectUri, form.Action.OriginalString);
        Assert.Equal(request.State, form.Hidden["state"]);
        Assert.Equal(DevIdentityFactory.Issuer, form.Hidden["iss"]);
        using var exchange = await _browser.ExchangeAsync(form.Hidden["code"], request);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
    }

    [Fact]
    public async Task The_fragment_response_mode_puts_the_code_in_the_fragment()
    {
        var request = AuthorizeRequest.ForPortal() with { ResponseMode = "fragment" };
        using var page = await _browser.AuthorizeAsync(request);

        using var response = await _browser.LogInAsync(page, "one.partner", "one-password");
        var location = response.Headers.Location!.OriginalString;
        var fragment = QueryHelpers.ParseQuery(
            location[location.IndexOf('#', StringComparison.Ordinal)..].TrimStart('#')
        );

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(TestRealm.PortalRedirectUri + "#", location, StringComparison.Ordinal);
        Assert.Equal(request.State, fragment["state"].ToString());
        Assert.False(string.IsNullOrEmpty(fragment["code"].ToString()));
    }

    [Fact]
    public async Task A_pushed_request_is_answered_by_its_request_uri_once()
    {
        var request = AuthorizeRequest.ForPortal();
        using var pushed = await _browser.Client.PostAsync(
            DevIdentityFactory.PushedRequestPath,
            DevIdentityFactory.Form([
                .. request.Parameters().Select(p => (p.Key, p.Value)),
                ("client_secret", TestRealm.PortalSecret),
            ])
        );
        var body = await DevIdentityFactory.JsonOfAsync(pushed);
        Assert.Equal(HttpStatusCode.Created, pushed.StatusCode);
        Assert.Equal(60, body["expires_in"]!.GetValue<int>());
        var requestUri = body["request_uri"]!.GetValue<string>();
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", requestUri, StringComparison.Ordinal);
        var front = new Uri(
            QueryHelpers.AddQueryString(
                DevIdentityFactory.AuthorizationPath,
                new Dictionary<string, string?> { ["client_id"] = TestRealm.PortalClient, ["request_uri"] = requestUri }
            ),
            UriKind.Relative
        );

        using var page = await _browser.Client.GetAsync(front);
        using var redirect = await _browser.LogInAsync(page, "one.partner", "one-password");
        var answer = Browser.RedirectParameters(redirect, TestRealm.PortalRedirectUri);
        using var exchange = await _browser.ExchangeAsync(answer["code"], request);
        using var again = await _browser.Client.GetAsync(front);

        Assert.Equal(request.State, answer["state"]);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal(
            request.Nonce,
            DevIdentityFactory.PayloadOf(
                (await DevIdentityFactory.JsonOfAsync(exchange))["id_token"]!.GetValue<string>()
            )["nonce"]!.GetValue<string>()
        );
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Null(again.Headers.Location);
    }

    [Fact]
    public async Task A_pushed_request_needs_the_clients_secret_and_a_valid_request()
    {
        var request = AuthorizeRequest.ForPortal();
        using var noSecret = await _browser.Client.PostAsync(
            DevIdentityFactory.PushedRequestPath,
            DevIdentityFactory.Form([.. request.Parameters().Select(p => (p.Key, p.Value))])
        );
        using var plain = await _browser.Client.PostAsync(
            DevIdentityFactory.PushedRequestPath,
            DevIdentityFactory.Form([
                .. (request with { CodeChallengeMethod = "plain" }).Parameters().Select(p => (p.Key, p.Value)),
                ("client_secret", TestRealm.PortalSecret),
            ])
        );
        var plainBody = await DevIdentityFactory.JsonOfAsync(plain);

        Assert.Equal(HttpStatusCode.Unauthorized, noSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal("invalid_request", plainBody["error"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.String, plainBody["error_description"]!.GetValueKind());
    }

    public void Dispose() => _browser.Dispose();
}
