using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace Network.DevIdentity.Tests;

/// <summary>
/// <c>DevIdentity:RedirectUris:{clientId}</c>: patterns a test or the app host adds to a client's redirect and
/// post-logout redirect URIs, for a gateway on a port the realm file cannot know.
/// </summary>
public sealed class ConfiguredRedirectUriTests : IDisposable
{
    private const string GatewayRedirectUri = "http://localhost:41234/signin-oidc";
    private const string GatewayPostLogoutRedirectUri = "http://localhost:41234/signout-callback-oidc";

    private readonly TestRealm _realm = new();
    private readonly DevIdentityFactory _identity;
    private readonly Browser _browser;

    public ConfiguredRedirectUriTests()
    {
        _identity = new DevIdentityFactory(_realm);

        // As the environment variable DevIdentity__RedirectUris__network-portal__0 would set it.
        _identity.Settings["DevIdentity:RedirectUris:network-portal:0"] = "http://localhost:41234/*";
        _identity.Settings["DevIdentity:RedirectUris:network-other:0"] = "http://localhost:41235/signin-oidc";
        _browser = new Browser(_identity);
    }

    [Fact]
    public async Task A_configured_pattern_is_accepted_for_sign_in_and_the_code_exchange()
    {
        var request = AuthorizeRequest.ForPortal() with { RedirectUri = GatewayRedirectUri };

        var answer = await _browser.SignInAsync(request);
        using var exchange = await _browser.ExchangeAsync(answer["code"], request);

        Assert.Equal(request.State, answer["state"]);
        Assert.Equal(HttpStatusCode.OK, exchange.StatusCode);
    }

    [Fact]
    public async Task The_realm_files_redirect_uris_still_count()
    {
        var answer = await _browser.SignInAsync(AuthorizeRequest.ForPortal());

        Assert.True(answer.ContainsKey("code"));
    }

    [Fact]
    public async Task A_configured_pattern_is_accepted_after_logout()
    {
        var tokens = await _browser.TokensAsync(AuthorizeRequest.ForPortal() with { RedirectUri = GatewayRedirectUri });
        var logout = QueryHelpers.AddQueryString(
            DevIdentityFactory.LogoutPath,
            new Dictionary<string, string?>
            {
                ["id_token_hint"] = tokens["id_token"]!.GetValue<string>(),
                ["post_logout_redirect_uri"] = GatewayPostLogoutRedirectUri,
            }
        );

        using var response = await _browser.Client.GetAsync(new Uri(logout, UriKind.Relative));

        Assert.Equal(GatewayPostLogoutRedirectUri, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(TestRealm.PortalClient, "http://localhost:41235/signin-oidc")]
    [InlineData(TestRealm.PortalClient, "http://localhost:412345/signin-oidc")]
    [InlineData(TestRealm.OtherClient, "http://localhost:41234/signin-oidc")]
    public async Task A_pattern_counts_only_for_its_client(string clientId, string redirectUri)
    {
        using var response = await _browser.AuthorizeAsync(
            AuthorizeRequest.ForPortal() with
            {
                ClientId = clientId,
                RedirectUri = redirectUri,
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    public void Dispose()
    {
        _browser.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }
}
