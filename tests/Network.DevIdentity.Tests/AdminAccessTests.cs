using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;

namespace Network.DevIdentity.Tests;

/// <summary>
/// Who may call the admin API, checked as Keycloak checks it: a valid access token of the realm (else 401), the
/// served realm (else 404), and the <c>realm-management</c> role the call needs (else 403).
/// </summary>
public sealed class AdminAccessTests : IDisposable
{
    private readonly TestRealm _realm = new();
    private readonly DevIdentityFactory _identity;
    private readonly HttpClient _client;

    public AdminAccessTests()
    {
        _identity = new DevIdentityFactory(_realm);
        _client = _identity.CreateClient();
    }

    public static TheoryData<string, string> Routes =>
        new()
        {
            { "GET", "users" },
            { "POST", "users" },
            { "GET", "users/{id}" },
            { "PUT", "users/{id}" },
            { "PUT", "users/{id}/execute-actions-email" },
            { "GET", "users/{id}/role-mappings/realm" },
            { "GET", "users/{id}/role-mappings/realm/available" },
            { "POST", "users/{id}/role-mappings/realm" },
            { "DELETE", "users/{id}/role-mappings/realm" },
            { "GET", "roles/partner-admin" },
        };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Without_a_token_every_route_is_401(string method, string route)
    {
        using var response = await SendAsync(method, route, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":"HTTP 401 Unauthorized"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_token_without_a_role_of_realm_management_is_403_on_every_route(string method, string route)
    {
        using var grant = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.AutomationClient,
            TestRealm.AutomationSecret
        );

        using var response = await SendAsync(method, route, await DevIdentityFactory.AccessTokenOfAsync(grant));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("""{"error":"HTTP 403 Forbidden"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "users", HttpStatusCode.OK)]
    [InlineData("GET", "users/{id}", HttpStatusCode.OK)]
    [InlineData("GET", "users/{id}/role-mappings/realm", HttpStatusCode.OK)]
    [InlineData("POST", "users", HttpStatusCode.Forbidden)]
    [InlineData("PUT", "users/{id}", HttpStatusCode.Forbidden)]
    [InlineData("PUT", "users/{id}/execute-actions-email", HttpStatusCode.Forbidden)]
    [InlineData("POST", "users/{id}/role-mappings/realm", HttpStatusCode.Forbidden)]
    [InlineData("DELETE", "users/{id}/role-mappings/realm", HttpStatusCode.Forbidden)]
    public async Task A_reader_of_users_reads_and_writes_nothing(string method, string route, HttpStatusCode status)
    {
        using var grant = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.DirectoryClient,
            TestRealm.DirectorySecret
        );

        using var response = await SendAsync(method, route, await DevIdentityFactory.AccessTokenOfAsync(grant));

        Assert.Equal(status, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "users/{id}")]
    [InlineData("PUT", "users/{id}")]
    [InlineData("PUT", "users/{id}/execute-actions-email")]
    [InlineData("GET", "users/{id}/role-mappings/realm")]
    [InlineData("GET", "users/{id}/role-mappings/realm/available")]
    [InlineData("POST", "users/{id}/role-mappings/realm")]
    [InlineData("DELETE", "users/{id}/role-mappings/realm")]
    public async Task An_unknown_user_is_404_user_not_found_on_every_route_about_a_user(string method, string route)
    {
        using var response = await SendAsync(method, route, await MembersTokenAsync(), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":"User not found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_realm_is_404_once_the_token_is_valid()
    {
        var token = await MembersTokenAsync();

        using var anonymous = await _client.GetAsync(new Uri("/admin/realms/master/users", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/realms/master/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":"Realm not found."}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tokens_that_are_no_valid_access_tokens_of_the_realm_are_401()
    {
        using var grant = await _client.PostAsync(
            DevIdentityFactory.TokenPath,
            DevIdentityFactory.Form(
                ("grant_type", "password"),
                ("client_id", TestRealm.CliClient),
                ("username", TestRealm.Manager),
                ("password", TestRealm.ManagerPassword),
                ("scope", "openid")
            )
        );
        var tokens = await DevIdentityFactory.JsonOfAsync(grant);
        var access = tokens["access_token"]!.GetValue<string>();
        var parts = access.Split('.');
        var tampered = $"{parts[0]}.{parts[1].Replace(parts[1][^4..], "AAAA", StringComparison.Ordinal)}.{parts[2]}";

        using var accepted = await SendAsync("GET", "users", access);
        using var idToken = await SendAsync("GET", "users", tokens["id_token"]!.GetValue<string>());
        using var refreshToken = await SendAsync("GET", "users", tokens["refresh_token"]!.GetValue<string>());
        using var altered = await SendAsync("GET", "users", tampered);
        using var expired = await SendAsync("GET", "users", await ExpiredMembersTokenAsync());

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, idToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refreshToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, altered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task A_persons_token_serves_while_their_session_lives()
    {
        using var browser = new Browser(_identity);
        var request = AuthorizeRequest.ForPortal();
        var tokens = await browser.TokensAsync(request, TestRealm.Manager, TestRealm.ManagerPassword);
        var access = tokens["access_token"]!.GetValue<string>();

        using var before = await SendAsync("GET", "users", access);
        using var logout = await browser.Client.GetAsync(
            new Uri(
                $"{DevIdentityFactory.LogoutPath}?id_token_hint={tokens["id_token"]!.GetValue<string>()}",
                UriKind.Relative
            )
        );
        using var after = await SendAsync("GET", "users", access);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _identity.Dispose();
        _realm.Dispose();
    }

    private async Task<string> MembersTokenAsync()
    {
        using var grant = await DevIdentityFactory.ClientCredentialsGrantAsync(
            _client,
            TestRealm.MembersClient,
            TestRealm.MembersSecret
        );
        return await DevIdentityFactory.AccessTokenOfAsync(grant);
    }

    /// <summary>A token of the members client issued by a DevIdentity whose clock is an hour behind: it expired long
    /// ago by the real one.</summary>
    private async Task<string> ExpiredMembersTokenAsync()
    {
        await using var late = new DevIdentityFactory(_realm)
        {
            Time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)),
        };
        using var client = late.CreateClient();
        using var grant = await DevIdentityFactory.ClientCredentialsGrantAsync(
            client,
            TestRealm.MembersClient,
            TestRealm.MembersSecret
        );
        return await DevIdentityFactory.AccessTokenOfAsync(grant);
    }

    /// <summary>A call of a route of the test realm's admin API about a user (one.partner unless said), with a
    /// well-formed body.</summary>
    private async Task<HttpResponseMessage> SendAsync(string method, string route, string? token, string? userId = null)
    {
        userId ??= TestRealm.IdOf("one.partner");
        var body = (method, route) switch
        {
            ("POST", "users") => JsonContent.Create(new { username = "nouveau" }),
            ("PUT", "users/{id}") => JsonContent.Create(new { firstName = "Ada" }),
            ("PUT", _) => JsonContent.Create(new[] { "UPDATE_PASSWORD" }),
            ("POST" or "DELETE", _) => JsonContent.Create(Array.Empty<object>()),
            _ => null,
        };
        using var request = new HttpRequestMessage(
            new HttpMethod(method),
            AdminApi.Path(route.Replace("{id}", userId, StringComparison.Ordinal))
        )
        {
            Content = body,
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }
}
