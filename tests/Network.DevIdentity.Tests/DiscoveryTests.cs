using System.Text.Json.Nodes;

namespace Network.DevIdentity.Tests;

/// <summary>The discovery document names every endpoint a browser sign-in needs, as Keycloak's does.</summary>
public sealed class DiscoveryTests(DevIdentityFixture fixture) : IClassFixture<DevIdentityFixture>
{
    [Fact]
    public async Task It_lists_the_endpoints_and_what_they_support()
    {
        using var client = fixture.Identity.CreateClient();
        using var response = await client.GetAsync(DevIdentityFactory.DiscoveryPath);
        var discovery = await DevIdentityFactory.JsonOfAsync(response);
        const string Connect = $"{DevIdentityFactory.Issuer}/protocol/openid-connect";

        Assert.Equal(DevIdentityFactory.Issuer, Text(discovery, "issuer"));
        Assert.Equal($"{Connect}/auth", Text(discovery, "authorization_endpoint"));
        Assert.Equal($"{Connect}/token", Text(discovery, "token_endpoint"));
        Assert.Equal($"{Connect}/logout", Text(discovery, "end_session_endpoint"));
        Assert.Equal($"{Connect}/userinfo", Text(discovery, "userinfo_endpoint"));
        Assert.Equal($"{Connect}/certs", Text(discovery, "jwks_uri"));
        Assert.Equal($"{Connect}/ext/par/request", Text(discovery, "pushed_authorization_request_endpoint"));
        Assert.Equal(["S256"], DevIdentityFactory.Strings(discovery["code_challenge_methods_supported"]));
        Assert.Contains("authorization_code", DevIdentityFactory.Strings(discovery["grant_types_supported"]));
        Assert.Contains("refresh_token", DevIdentityFactory.Strings(discovery["grant_types_supported"]));
        Assert.Contains("code", DevIdentityFactory.Strings(discovery["response_types_supported"]));
        Assert.Equal(
            ["query", "fragment", "form_post"],
            DevIdentityFactory.Strings(discovery["response_modes_supported"])
        );
        Assert.Contains(
            "client_secret_post",
            DevIdentityFactory.Strings(discovery["token_endpoint_auth_methods_supported"])
        );
        Assert.True(discovery["authorization_response_iss_parameter_supported"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Every_endpoint_it_lists_answers()
    {
        using var client = fixture.Identity.CreateClient(new() { AllowAutoRedirect = false });
        using var discoveryResponse = await client.GetAsync(DevIdentityFactory.DiscoveryPath);
        var discovery = await DevIdentityFactory.JsonOfAsync(discoveryResponse);
        string[] postOnly = ["token_endpoint", "pushed_authorization_request_endpoint"];

        foreach (
            var (name, value) in discovery.Where(entry =>
                entry.Key.EndsWith("_endpoint", StringComparison.Ordinal) || entry.Key == "jwks_uri"
            )
        )
        {
            var path = new Uri(value!.GetValue<string>()).PathAndQuery;
            using var content = DevIdentityFactory.Form();
            using var response = postOnly.Contains(name)
                ? await client.PostAsync(path, content)
                : await client.GetAsync(path);
            Assert.True((int)response.StatusCode is not (404 or 405 or >= 500), $"{name}: {(int)response.StatusCode}");
        }
    }

    private static string Text(JsonObject document, string name) => document[name]!.GetValue<string>();
}
