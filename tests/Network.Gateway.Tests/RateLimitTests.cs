using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing;
using Network.Testing.Identity;

namespace Network.Gateway.Tests;

/// <summary>Callers over their limit get 429 with <c>Retry-After</c> and a problem; self-registration has a stricter
/// one.</summary>
public sealed class RateLimitTests(TestInfrastructure infrastructure) : GatewayTest(infrastructure)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["RateLimiting:Anonymous:PermitLimit"] = "5";
        settings["RateLimiting:Authenticated:PermitLimit"] = "5";
        settings["RateLimiting:SelfRegistration:PermitLimit"] = "2";
    }

    [Fact]
    public async Task An_anonymous_caller_over_the_limit_gets_429_with_retry_after()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(
                HttpStatusCode.OK,
                (await anonymous.GetAsync(new Uri("/api/partners", UriKind.Relative))).StatusCode
            );
        }

        var refused = await anonymous.GetAsync(new Uri("/api/partners", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(5, Backend.Received.Count);
    }

    [Fact]
    public async Task Each_signed_in_user_has_a_limit_of_their_own()
    {
        using var alice = Gateway.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Guid.NewGuid())));
        using var bob = Gateway.CreateClient(Infrastructure.Issuer.TokenFor(TestUser.Staff(Guid.NewGuid())));
        for (var i = 0; i < 5; i++)
        {
            await alice.PostAsJsonAsync("/api/events", new { });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await alice.PostAsJsonAsync("/api/events", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.PostAsJsonAsync("/api/events", new { })).StatusCode);
    }

    [Fact]
    public async Task Anonymous_self_registration_has_its_own_stricter_limit()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        var registrations = new Uri("/api/events/0193a000-0000-7000-8000-000000000001/registrations", UriKind.Relative);

        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.PostAsJsonAsync(registrations, new { firstName = "Awa" })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.PostAsJsonAsync(registrations, new { firstName = "Awa" })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.TooManyRequests,
            (await anonymous.PostAsJsonAsync(registrations, new { firstName = "Awa" })).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await anonymous.GetAsync(new Uri("/api/events", UriKind.Relative))).StatusCode
        );
    }
}
