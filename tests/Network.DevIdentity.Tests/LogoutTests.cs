using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>
/// RP-initiated logout as Keycloak serves it: the session ends (its refresh tokens with it), the browser goes back
/// only to a post-logout URI the client allows, and a logout that no ID token names is confirmed first.
/// </summary>
public sealed class LogoutTests(DevIdentityFixture fixture) : IClassFixture<DevIdentityFixture>, IDisposable
{
    private readonly Browser _browser = fixture.NewBrowser();

    [Fact]
    public async Task Logout_with_the_id_token_ends_the_session_and_goes_back_with_the_state()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());

        using var response = await LogoutAsync(
            ("id_token_hint", IdToken(tokens)),
            ("post_logout_redirect_uri", TestRealm.PortalPostLogoutRedirectUri),
            ("state", "after-logout")
        );
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());
        var refused = await DevIdentityFactory.JsonOfAsync(refresh);
        using var again = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            $"{TestRealm.PortalPostLogoutRedirectUri}?state=after-logout",
            response.Headers.Location!.OriginalString
        );
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie =>
            cookie.StartsWith("KEYCLOAK_IDENTITY=;", StringComparison.Ordinal)
        );
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", refused["error"]!.GetValue<string>());
        Assert.Equal("Session not active", refused["error_description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("name=\"password\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_by_post_works_as_by_get()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());
        using var form = DevIdentityFactory.Form(
            ("id_token_hint", IdToken(tokens)),
            ("post_logout_redirect_uri", TestRealm.PortalPostLogoutRedirectUri)
        );

        using var response = await _browser.Client.PostAsync(
            new Uri(DevIdentityFactory.LogoutPath, UriKind.Relative),
            form
        );
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(TestRealm.PortalPostLogoutRedirectUri, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Theory]
    [InlineData("http://elsewhere.example/signout-callback-oidc")]
    [InlineData("http://localhost:5080/signin-oidc")]
    [InlineData("http://localhost:5080/signout-callback-oidc/../elsewhere")]
    public async Task A_post_logout_uri_the_client_does_not_allow_gets_an_error_page_and_the_session_stays(string uri)
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());

        using var response = await LogoutAsync(
            ("id_token_hint", IdToken(tokens)),
            ("post_logout_redirect_uri", uri),
            ("state", "s")
        );
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("<html lang=\"fr\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task Without_a_redirect_the_page_says_the_person_is_logged_out()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());

        using var response = await LogoutAsync(("id_token_hint", IdToken(tokens)));
        var html = await response.Content.ReadAsStringAsync();
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Vous êtes déconnecté·e.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Without_an_id_token_the_person_confirms_before_the_session_ends()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());

        using var question = await LogoutAsync(
            ("client_id", TestRealm.PortalClient),
            ("post_logout_redirect_uri", TestRealm.PortalPostLogoutRedirectUri),
            ("state", "s")
        );
        using var stillAlive = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());
        var form = DevIdentityForm.Parse(await question.Content.ReadAsStringAsync());
        using var content = form.With();
        using var confirmed = await _browser.Client.PostAsync(form.Action, content);
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillAlive.StatusCode);
        Assert.Equal($"{TestRealm.PortalPostLogoutRedirectUri}?state=s", confirmed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task Another_browser_cannot_confirm_the_logout()
    {
        await _browser.TokensAsync(AuthorizeRequest.ForPortal());
        using var question = await LogoutAsync(("client_id", TestRealm.PortalClient));
        var form = DevIdentityForm.Parse(await question.Content.ReadAsStringAsync());
        using var attacker = fixture.NewBrowser();
        using var attackerQuestion = await attacker.Client.GetAsync(
            new Uri(DevIdentityFactory.LogoutPath, UriKind.Relative)
        );
        using var content = form.With();

        using var response = await attacker.Client.PostAsync(form.Action, content);
        using var again = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task A_post_logout_uri_needs_the_id_token_or_the_client()
    {
        using var response = await LogoutAsync(("post_logout_redirect_uri", TestRealm.PortalPostLogoutRedirectUri));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_forged_id_token_is_refused()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());
        var idToken = IdToken(tokens);
        var forged = idToken[..^4] + (idToken[^4..] == "AAAA" ? "BBBB" : "AAAA");

        using var response = await LogoutAsync(
            ("id_token_hint", forged),
            ("post_logout_redirect_uri", TestRealm.PortalPostLogoutRedirectUri)
        );
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task The_plus_sign_allows_the_redirect_uris_after_logout()
    {
        var request = AuthorizeRequest.ForPortal().ForOtherClient();
        var parameters = await _browser.SignInAsync(request);
        using var exchange = await _browser.ExchangeAsync(
            parameters["code"],
            request,
            TestRealm.OtherClient,
            TestRealm.OtherSecret
        );
        var tokens = await DevIdentityFactory.JsonOfAsync(exchange);

        using var response = await LogoutAsync(
            ("id_token_hint", IdToken(tokens)),
            ("post_logout_redirect_uri", "http://other.localhost:6000/bye")
        );

        Assert.Equal("http://other.localhost:6000/bye", response.Headers.Location!.OriginalString);
    }

    public void Dispose() => _browser.Dispose();

    private static string IdToken(JsonObject tokens) => tokens["id_token"]!.GetValue<string>();

    private Task<HttpResponseMessage> LogoutAsync(params (string Name, string Value)[] parameters) =>
        _browser.Client.GetAsync(
            new Uri(
                QueryHelpers.AddQueryString(
                    DevIdentityFactory.LogoutPath,
                    parameters.Select(p => KeyValuePair.Create(p.Name, (string?)p.Value))
                ),
                UriKind.Relative
            )
        );
}
