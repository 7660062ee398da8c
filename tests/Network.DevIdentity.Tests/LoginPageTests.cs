using System.Net;
using System.Text.RegularExpressions;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>The login page: French, accessible without script, and answering only the browser it was shown
/// to.</summary>
public sealed partial class LoginPageTests(DevIdentityFixture fixture) : IClassFixture<DevIdentityFixture>, IDisposable
{
    private readonly Browser _browser = fixture.NewBrowser();

    [Fact]
    public async Task The_page_is_French_labelled_and_without_script()
    {
        using var page = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Matches("<title>[^<]+</title>", html);
        Assert.Contains("<label for=\"username\">Nom d'utilisateur</label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"password\">Mot de passe</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"username\" name=\"username\"", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"password\" name=\"password\" type=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Se connecter</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_wrong_password_shows_the_error_as_an_alert_tied_to_the_fields()
    {
        using var page = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());

        using var response = await _browser.LogInAsync(page, "one.partner", "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var alert = Regex.Match(html, "<p id=\"(?<id>[^\"]+)\" class=\"erreur\" role=\"alert\">(?<text>[^<]*)</p>");
        Assert.True(alert.Success, html);
        Assert.Equal(
            "Nom d'utilisateur ou mot de passe incorrect.",
            System.Net.WebUtility.HtmlDecode(alert.Groups["text"].Value)
        );
        var describedBy = $"aria-invalid=\"true\" aria-describedby=\"{alert.Groups["id"].Value}\"";
        Assert.Matches($"<input id=\"username\"[^>]*{describedBy}", html);
        Assert.Matches($"<input id=\"password\"[^>]*{describedBy}", html);
        Assert.Contains("value=\"one.partner\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_wrong_password_the_right_one_signs_in()
    {
        var request = AuthorizeRequest.ForPortal();
        using var page = await _browser.AuthorizeAsync(request);
        using var retry = await _browser.LogInAsync(page, "one.partner", "not-the-password");

        using var redirect = await _browser.LogInAsync(retry, "one.partner", "one-password");

        Assert.Equal(request.State, Browser.RedirectParameters(redirect, TestRealm.PortalRedirectUri)["state"]);
    }

    [Theory]
    [InlineData("nobody", "nobody-password", "Nom d'utilisateur ou mot de passe incorrect.")]
    [InlineData("", "", "Nom d'utilisateur ou mot de passe incorrect.")]
    [InlineData("disabled", "disabled-password", "Compte désactivé, contactez votre administrateur.")]
    [InlineData("disabled", "not-the-password", "Nom d'utilisateur ou mot de passe incorrect.")]
    public async Task Refused_credentials_stay_on_the_form(string username, string password, string message)
    {
        using var page = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());

        using var response = await _browser.LogInAsync(page, username, password);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"role=\"alert\">{message}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_user_may_sign_in_with_their_email()
    {
        var request = AuthorizeRequest.ForPortal();

        var answer = await _browser.SignInAsync(request, "ada@example.org", "one-password");

        Assert.Equal(request.State, answer["state"]);
    }

    [Fact]
    public async Task A_form_posted_from_another_browser_is_refused()
    {
        using var page = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());
        var form = DevIdentityForm.Parse(await page.Content.ReadAsStringAsync());
        using var attacker = new Browser(fixture.Identity);
        using var attackerPage = await attacker.AuthorizeAsync(AuthorizeRequest.ForPortal());
        using var credentials = form.With(("username", "one.partner"), ("password", "one-password"));

        // The attacker's browser has a cookie of its own, but not the one this form was shown to.
        using var response = await attacker.Client.PostAsync(form.Action, credentials);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_form_posted_without_the_browsers_cookie_is_refused()
    {
        using var page = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());
        var form = DevIdentityForm.Parse(await page.Content.ReadAsStringAsync());
        using var cookieless = fixture.Identity.CreateClient(
            new() { AllowAutoRedirect = false, HandleCookies = false }
        );
        using var credentials = form.With(("username", "one.partner"), ("password", "one-password"));

        using var response = await cookieless.PostAsync(form.Action, credentials);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cookie introuvable", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_answers_once()
    {
        using var page = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal());
        var form = DevIdentityForm.Parse(await page.Content.ReadAsStringAsync());
        using var first = form.With(("username", "one.partner"), ("password", "one-password"));
        using var second = form.With(("username", "one.partner"), ("password", "one-password"));

        using var signedIn = await _browser.Client.PostAsync(form.Action, first);
        using var replayed = await _browser.Client.PostAsync(form.Action, second);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Null(replayed.Headers.Location);
    }

    public void Dispose() => _browser.Dispose();

    [GeneratedRegex("<[^>]+\\son[a-z]+=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
