using System.Net;

namespace Network.DevIdentity.Tests;

/// <summary>
/// The repository's realm file as DevIdentity serves it in local mode: the portal, with its development secret,
/// signs a demo user in at its redirect URI and signs them out at its post-logout URI.
/// </summary>
public sealed class NetworkRealmPortalTests : IDisposable
{
    private const string PortalSecret = "network-portal-dev-secret";

    private readonly TestRealm _realm = new(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Realm", "network-realm.json"))
    );
    private readonly DevIdentityFactory _identity;
    private readonly Browser _browser;

    public NetworkRealmPortalTests()
    {
        _identity = new DevIdentityFactory(_realm);
        _browser = new Browser(_identity);
    }

    [Fact]
    public async Task The_portal_signs_the_coordinator_in_and_out()
    {
        var request = AuthorizeRequest.ForPortal() with { RedirectUri = "http://localhost:5080/signin-oidc" };
        var answer = await _browser.SignInAsync(request, "coordinatrice", "coordinatrice");

        using var exchange = await _browser.ExchangeAsync(answer["code"], request, "network-portal", PortalSecret);
        var tokens = await DevIdentityFactory.JsonOfAsync(exchange);
        var access = DevIdentityFactory.PayloadOf(tokens["access_token"]!.GetValue<string>());
        var logout =
            $"{DevIdentityFactory.LogoutPath}?id_token_hint={tokens["id_token"]!.GetValue<string>()}"
            + $"&post_logout_redirect_uri={Uri.EscapeDataString("http://localhost:5080/signout-callback-oidc")}";
        using var signedOut = await _browser.Client.GetAsync(new Uri(logout, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
        Assert.Equal("network-portal", access["azp"]!.GetValue<string>());
        Assert.Contains("network-api", DevIdentityFactory.Strings(access["aud"]));
        Assert.Contains("coordinator", DevIdentityFactory.Strings(access["realm_access"]!["roles"]));
        Assert.Equal(300, access["exp"]!.GetValue<long>() - access["iat"]!.GetValue<long>());
        Assert.Equal("http://localhost:5080/signout-callback-oidc", signedOut.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_portal_may_no_longer_sign_in_without_its_secret_or_without_PKCE()
    {
        var request = AuthorizeRequest.ForPortal() with { RedirectUri = "http://localhost:5080/signin-oidc" };
        var answer = await _browser.SignInAsync(request, "coordinatrice", "coordinatrice");

        using var withoutSecret = await _browser.TokenRequestAsync(
            ("grant_type", "authorization_code"),
            ("code", answer["code"]),
            ("redirect_uri", request.RedirectUri!),
            ("code_verifier", request.Verifier),
            ("client_id", "network-portal")
        );
        using var withoutPkce = await _browser.AuthorizeAsync(
            request with
            {
                CodeChallenge = null,
                CodeChallengeMethod = null,
            }
        );

        Assert.Equal(HttpStatusCode.Unauthorized, withoutSecret.StatusCode);
        Assert.Equal("invalid_request", Browser.RedirectParameters(withoutPkce, request.RedirectUri!)["error"]);
    }

    [Theory]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://localhost:5080/espace")]
    public async Task Only_the_callback_is_a_redirect_uri_now(string redirectUri)
    {
        using var response = await _browser.AuthorizeAsync(
            AuthorizeRequest.ForPortal() with
            {
                RedirectUri = redirectUri,
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose()
    {
        _browser.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }
}
