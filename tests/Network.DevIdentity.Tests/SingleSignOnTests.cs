using System.Net;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The SSO session: a browser that signed in signs in again without the form while its session lives, unless the
/// client asks for the password again.
/// </summary>
public sealed class SingleSignOnTests(DevIdentityFixture fixture) : IClassFixture<DevIdentityFixture>, IDisposable
{
    private readonly Browser _browser = fixture.NewBrowser();

    [Fact]
    public async Task A_second_request_of_the_same_browser_needs_no_form()
    {
        var first = await _browser.SignInAsync(AuthorizeRequest.ForPortal());
        var request = AuthorizeRequest.ForPortal();

        using var response = await _browser.AuthorizeAsync(request);
        var answer = Browser.RedirectParameters(response, TestRealm.PortalRedirectUri);
        using var exchange = await _browser.ExchangeAsync(answer["code"], request);
        var tokens = await DevIdentityFactory.JsonOfAsync(exchange);

        Assert.Equal(request.State, answer["state"]);
        Assert.Equal(first["session_state"], answer["session_state"]);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal(
            request.Nonce,
            DevIdentityFactory.PayloadOf(tokens["id_token"]!.GetValue<string>())["nonce"]!.GetValue<string>()
        );
        Assert.Equal(
            first["session_state"],
            DevIdentityFactory.PayloadOf(tokens["access_token"]!.GetValue<string>())["sid"]!.GetValue<string>()
        );
    }

    [Fact]
    public async Task The_session_serves_another_client_of_the_realm()
    {
        var first = await _browser.SignInAsync(AuthorizeRequest.ForPortal());

        using var response = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal().ForOtherClient());

        Assert.Equal(
            first["session_state"],
            Browser.RedirectParameters(response, TestRealm.OtherRedirectUri)["session_state"]
        );
    }

    [Fact]
    public async Task Another_browser_sees_the_form()
    {
        await _browser.SignInAsync(AuthorizeRequest.ForPortal());
        using var other = fixture.NewBrowser();

        using var response = await other.AuthorizeAsync(AuthorizeRequest.ForPortal());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"password\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("login")]
    [InlineData("select_account")]
    public async Task Prompt_login_shows_the_form_and_keeps_the_session(string prompt)
    {
        var first = await _browser.SignInAsync(AuthorizeRequest.ForPortal());

        var again = await _browser.SignInAsync(AuthorizeRequest.ForPortal() with { Prompt = prompt });

        Assert.Equal(first["session_state"], again["session_state"]);
    }

    [Fact]
    public async Task A_password_older_than_max_age_is_asked_again()
    {
        await _browser.SignInAsync(AuthorizeRequest.ForPortal());
        fixture.Time.Advance(TimeSpan.FromSeconds(11));

        using var recent = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal() with { MaxAge = "60" });
        using var old = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal() with { MaxAge = "10" });

        Assert.Equal(HttpStatusCode.Redirect, recent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Prompt_none_answers_from_the_session_without_a_page()
    {
        var first = await _browser.SignInAsync(AuthorizeRequest.ForPortal());

        using var response = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal() with { Prompt = "none" });

        Assert.Equal(
            first["session_state"],
            Browser.RedirectParameters(response, TestRealm.PortalRedirectUri)["session_state"]
        );
    }

    [Fact]
    public async Task Signing_in_as_someone_else_ends_the_first_session()
    {
        var first = await _browser.TokensAsync(AuthorizeRequest.ForPortal());

        var second = await _browser.SignInAsync(
            AuthorizeRequest.ForPortal() with
            {
                Prompt = "login",
            },
            "two.partners",
            "two-password"
        );
        using var refresh = await _browser.RefreshAsync(first["refresh_token"]!.GetValue<string>());

        Assert.NotEqual(first["session_state"]!.GetValue<string>(), second["session_state"]);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    [Fact]
    public async Task An_idle_session_ends_and_the_form_comes_back()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal());
        fixture.Time.Advance(TimeSpan.FromSeconds(1801));

        using var response = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());
        using var refresh = await _browser.RefreshAsync(tokens["refresh_token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
    }

    public void Dispose() => _browser.Dispose();
}
