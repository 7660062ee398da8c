using System.Net;
using Network.Testing.Identity;

namespace Network.DevIdentity.Tests;

/// <summary>
/// Keycloak's refusals at the authorization endpoint: an untrustworthy client or redirect URI gets an error page and
/// never a redirect; anything else wrong goes back to the client with <c>error</c>, <c>error_description</c> and
/// <c>state</c>.
/// </summary>
public sealed class AuthorizationRequestTests(DevIdentityFixture fixture)
    : IClassFixture<DevIdentityFixture>,
        IDisposable
{
    private readonly Browser _browser = fixture.NewBrowser();

    public static TheoryData<string, string?, string> PagesInsteadOfRedirects =>
        new()
        {
            { "no-such-client", TestRealm.PortalRedirectUri, "Client inconnu." },
            { TestRealm.PortalClient, "http://elsewhere.example/signin-oidc", "Paramètre invalide : redirect_uri." },
            {
                TestRealm.PortalClient,
                "http://localhost:5080/signin-oidc/../other",
                "Paramètre invalide : redirect_uri."
            },
            {
                TestRealm.PortalClient,
                "http://localhost:5080/signin-oidc?next=elsewhere",
                "Paramètre invalide : redirect_uri."
            },
            {
                TestRealm.PortalClient,
                "http://localhost:5080/signin-oidc#fragment",
                "Paramètre invalide : redirect_uri."
            },
            { TestRealm.PortalClient, null, "Paramètre invalide : redirect_uri." },
            {
                TestRealm.OtherClient,
                "http://other.localhost:6000%2F@elsewhere.example/",
                "Paramètre invalide : redirect_uri."
            },
            { TestRealm.OtherClient, "http://other.localhost:60001/", "Paramètre invalide : redirect_uri." },
            { TestRealm.AutomationClient, "http://localhost:5080/signin-oidc", "Paramètre invalide : redirect_uri." },
        };

    [Theory]
    [MemberData(nameof(PagesInsteadOfRedirects))]
    public async Task An_unknown_client_or_redirect_uri_shows_an_error_page(
        string clientId,
        string? redirectUri,
        string message
    )
    {
        using var response = await _browser.AuthorizeAsync(
            AuthorizeRequest.ForPortal() with
            {
                ClientId = clientId,
                RedirectUri = redirectUri,
            }
        );
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_client_id_shows_an_error_page()
    {
        using var response = await _browser.AuthorizeAsync(AuthorizeRequest.ForPortal() with { ClientId = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(
            "Paramètre manquant : client_id.",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_wildcard_redirect_uri_accepts_what_follows_it()
    {
        var request = AuthorizeRequest.ForPortal().ForOtherClient() with
        {
            RedirectUri = "http://other.localhost:6000/any/path?x=1",
        };

        using var page = await _browser.AuthorizeAsync(request);
        using var redirect = await _browser.LogInAsync(page, "one.partner", "one-password");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith(
            "http://other.localhost:6000/any/path?x=1&",
            redirect.Headers.Location!.OriginalString,
            StringComparison.Ordinal
        );
    }

    public static TheoryData<AuthorizeRequest, string, string?> RedirectedErrors
    {
        get
        {
            var portal = AuthorizeRequest.ForPortal();
            var other = portal.ForOtherClient();
            return new()
            {
                {
                    portal with
                    {
                        CodeChallengeMethod = "plain",
                        CodeChallenge = portal.Verifier,
                    },
                    "invalid_request",
                    "Invalid parameter: code challenge method is not configured one"
                },
                {
                    portal with
                    {
                        CodeChallengeMethod = null,
                        CodeChallenge = null,
                    },
                    "invalid_request",
                    "Missing parameter: code_challenge_method"
                },
                { portal with { CodeChallenge = null }, "invalid_request", "Missing parameter: code_challenge" },
                { portal with { CodeChallenge = "too-short" }, "invalid_request", "Invalid parameter: code_challenge" },
                {
                    other with
                    {
                        CodeChallengeMethod = "plain",
                        CodeChallenge = portal.Verifier,
                    },
                    "invalid_request",
                    "Invalid parameter: code_challenge_method"
                },
                {
                    other with
                    {
                        CodeChallengeMethod = null,
                    },
                    "invalid_request",
                    "Invalid parameter: code_challenge_method"
                },
                { portal with { ResponseType = null }, "invalid_request", "Missing parameter: response_type" },
                { portal with { ResponseType = "magic" }, "unsupported_response_type", null },
                { portal with { ResponseMode = "query.jwt" }, "invalid_request", "Invalid parameter: response_mode" },
                {
                    portal with
                    {
                        Scope = "openid profile admin",
                    },
                    "invalid_scope",
                    "Invalid scopes: openid profile admin"
                },
                { portal with { Prompt = "none" }, "login_required", null },
            };
        }
    }

    [Theory]
    [MemberData(nameof(RedirectedErrors))]
    public async Task Other_errors_go_back_to_the_client_with_the_state(
        AuthorizeRequest request,
        string error,
        string? description
    )
    {
        using var response = await _browser.AuthorizeAsync(request);
        var answer = Browser.RedirectParameters(response, request.RedirectUri!);

        Assert.Equal(error, answer["error"]);
        Assert.Equal(description, answer.GetValueOrDefault("error_description"));
        Assert.Equal(request.State, answer["state"]);
        Assert.Equal(DevIdentityFactory.Issuer, answer["iss"]);
        Assert.False(answer.ContainsKey("code"));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("code id_token")]
    public async Task No_token_leaves_through_the_browser(string responseType)
    {
        var request = AuthorizeRequest.ForPortal() with { ResponseType = responseType };

        using var response = await _browser.AuthorizeAsync(request);
        var location = response.Headers.Location!.OriginalString;

        // The implicit and hybrid flows answer in the fragment.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(
            TestRealm.PortalRedirectUri + "#error=unauthorized_client&",
            location,
            StringComparison.Ordinal
        );
        Assert.Contains(
            Uri.EscapeDataString("Implicit flow is disabled for the client."),
            location,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_client_without_the_standard_flow_is_refused()
    {
        var request = AuthorizeRequest.ForPortal().ForOtherClient() with
        {
            ClientId = TestRealm.NoBrowserClient,
            RedirectUri = "http://localhost:7000/cb",
        };

        using var response = await _browser.AuthorizeAsync(request);
        var answer = Browser.RedirectParameters(response, request.RedirectUri!);

        Assert.Equal("unauthorized_client", answer["error"]);
        Assert.Equal(
            "Client is not allowed to initiate browser login with given response_type. Standard flow is disabled "
                + "for the client.",
            answer["error_description"]
        );
    }

    [Fact]
    public async Task An_error_goes_back_in_the_requested_response_mode()
    {
        var request = AuthorizeRequest.ForPortal() with { ResponseMode = "form_post", CodeChallengeMethod = "plain" };

        using var response = await _browser.AuthorizeAsync(request);
        var form = DevIdentityForm.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestRealm.PortalRedirectUri, form.Action.OriginalString);
        Assert.Equal("invalid_request", form.Hidden["error"]);
        Assert.Equal(request.State, form.Hidden["state"]);
    }

    [Fact]
    public async Task A_request_may_come_as_a_form_post()
    {
        var request = AuthorizeRequest.ForPortal();
        using var content = DevIdentityFactory.Form([.. request.Parameters().Select(p => (p.Key, p.Value))]);

        using var page = await _browser.Client.PostAsync(
            new Uri(DevIdentityFactory.AuthorizationPath, UriKind.Relative),
            content
        );
        using var redirect = await _browser.LogInAsync(page, "one.partner", "one-password");

        Assert.Equal(request.State, Browser.RedirectParameters(redirect, TestRealm.PortalRedirectUri)["state"]);
    }

    [Fact]
    public async Task A_duplicated_parameter_is_refused()
    {
        var request = AuthorizeRequest.ForPortal();
        var uri = new Uri(request.Uri().OriginalString + "&nonce=another", UriKind.Relative);

        using var response = await _browser.Client.GetAsync(uri);

        Assert.Equal("invalid_request", Browser.RedirectParameters(response, TestRealm.PortalRedirectUri)["error"]);
    }

    public void Dispose() => _browser.Dispose();
}
