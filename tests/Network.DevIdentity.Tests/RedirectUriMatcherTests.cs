using Network.DevIdentity.Authorization;

namespace Network.DevIdentity.Tests;

/// <summary>Keycloak's matching of redirect URIs: exact, or a prefix before a trailing wildcard, never another
/// host.</summary>
public sealed class RedirectUriMatcherTests
{
    [Theory]
    [InlineData(
        "http://localhost:5080/signin-oidc",
        "http://localhost:5080/signin-oidc",
        "http://localhost:5080/signin-oidc"
    )]
    [InlineData("http://localhost:5080/*", "http://localhost:5080/signin-oidc", "http://localhost:5080/signin-oidc")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080/a/b?c=d", "http://localhost:5080/a/b?c=d")]
    [InlineData("http://localhost:5080/*", "http://LOCALHOST:5080/x", "http://localhost:5080/x")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080", "http://localhost:5080/")]
    [InlineData("/signin-oidc", "http://localhost:5080/signin-oidc", "http://localhost:5080/signin-oidc")]
    public void Accepted(string pattern, string requested, string expected) =>
        Assert.Equal(
            expected,
            RedirectUriMatcher.Verify(requested, [pattern], "http://localhost:5080", required: true)
        );

    [Theory]
    [InlineData("http://localhost:5080/signin-oidc", "http://localhost:5080/signin-oidc/")]
    [InlineData("http://localhost:5080/signin-oidc", "http://localhost:5080/signin-oidc?x=1")]
    [InlineData("http://localhost:5080/signin-oidc", "https://localhost:5080/signin-oidc")]
    [InlineData("http://localhost:5080/*", "http://localhost:50800/")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080.elsewhere.example/")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080@elsewhere.example/")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080%2F@elsewhere.example/")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080/x#fragment")]
    [InlineData("http://localhost:5080/*", "/signin-oidc")]
    [InlineData("http://localhost:5080/*", "javascript:alert(1)")]
    [InlineData("http://localhost:5080/app/*", "http://localhost:5080/app/../admin")]
    [InlineData("http://localhost:5080/app/*", "http://localhost:5080/app/%2E%2E/admin")]
    [InlineData("http://localhost:5080/*", "http://localhost:5080/%25252525252F")]
    public void Refused(string pattern, string requested) =>
        Assert.Null(RedirectUriMatcher.Verify(requested, [pattern], "http://localhost:5080", required: true));

    [Fact]
    public void Without_a_requested_uri_the_only_pattern_serves_unless_one_is_required()
    {
        Assert.Equal(
            "http://localhost:5080",
            RedirectUriMatcher.Verify(null, ["http://localhost:5080/*"], null, required: false)
        );
        Assert.Null(RedirectUriMatcher.Verify(null, ["http://localhost:5080/*"], null, required: true));
        Assert.Null(RedirectUriMatcher.Verify(null, ["http://a.example/", "http://b.example/"], null, required: false));
    }
}
