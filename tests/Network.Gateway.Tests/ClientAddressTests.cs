using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Network.Testing;

namespace Network.Gateway.Tests;

/// <summary>
/// Behind an ingress and the portal, limits count the client whose address the trusted proxies forward; anyone else's
/// <c>X-Forwarded-For</c> is ignored. Here loopback is not trusted: the settings name the proxies.
/// </summary>
public sealed class ClientAddressTests(TestInfrastructure infrastructure) : GatewayTest(infrastructure)
{
    private const string Ingress = "10.0.0.5";
    private const string PortalServer = "172.20.0.7";
    private const string Registrations = "/api/events/0193a000-0000-7000-8000-000000000001/registrations";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["ForwardedHeaders:KnownProxies:0"] = Ingress;
        settings["ForwardedHeaders:KnownNetworks:0"] = "172.20.0.0/16";
        settings["RateLimiting:Anonymous:PermitLimit"] = "3";
        settings["RateLimiting:SelfRegistration:PermitLimit"] = "10";
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));

    [Fact]
    public async Task Self_registrations_count_each_client_behind_a_trusted_proxy_and_say_when_to_try_again()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(anonymous, Ingress, "203.0.113.7")).StatusCode);
        _clock.Advance(TimeSpan.FromSeconds(18));
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(anonymous, Ingress, "203.0.113.7")).StatusCode);
        }

        var refused = await RegisterAsync(anonymous, Ingress, "203.0.113.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(42), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Trop de demandes.", problem.GetProperty("title").GetString());
        Assert.Equal(
            "Vous avez fait trop de demandes en peu de temps. Réessayez dans 42 secondes.",
            problem.GetProperty("detail").GetString()
        );

        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(anonymous, Ingress, "203.0.113.8")).StatusCode);
        Assert.Equal(11, Backend.Received.Count);
        Assert.Equal("203.0.113.8", Backend.Received.Last().Headers["X-Forwarded-For"]);

        _clock.Advance(TimeSpan.FromSeconds(42));
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(anonymous, Ingress, "203.0.113.7")).StatusCode);
    }

    [Fact]
    public async Task A_forged_header_from_an_untrusted_address_gives_no_fresh_budget()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        for (var i = 1; i <= 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(anonymous, peer: null, $"203.0.113.{i}")).StatusCode);
        }

        // The requests come from loopback, which the settings do not trust: counted on 127.0.0.1 whatever they claim.
        Assert.Equal(
            HttpStatusCode.TooManyRequests,
            (await RegisterAsync(anonymous, peer: null, "203.0.113.99")).StatusCode
        );
        Assert.Equal("127.0.0.1", Backend.Received.Last().Headers["X-Forwarded-For"]);
        Assert.Equal(HttpStatusCode.OK, (await RegisterAsync(anonymous, Ingress, "203.0.113.1")).StatusCode);
    }

    [Fact]
    public async Task A_client_is_one_caller_whichever_chain_of_trusted_proxies_brought_it()
    {
        using var anonymous = Gateway.CreateClient(token: null);

        // Through the ingress; through the portal, which names the client it serves; through both, each naming its
        // caller.
        Assert.Equal(HttpStatusCode.OK, (await ListEventsAsync(anonymous, Ingress, "203.0.113.7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ListEventsAsync(anonymous, PortalServer, "203.0.113.7")).StatusCode);
        Assert.Equal(
            HttpStatusCode.OK,
            (await ListEventsAsync(anonymous, PortalServer, $"203.0.113.7, {Ingress}")).StatusCode
        );
        Assert.All(Backend.Received, received => Assert.Equal("203.0.113.7", received.Headers["X-Forwarded-For"]));

        // A client that writes its own X-Forwarded-For before the ingress appends its address is still itself.
        var forged = await ListEventsAsync(anonymous, Ingress, "198.51.100.1, 203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ListEventsAsync(anonymous, PortalServer, "203.0.113.8")).StatusCode);
    }

    [Fact]
    public async Task Portal_pages_use_none_of_the_clients_budget()
    {
        using var anonymous = Gateway.CreateClient(token: null);
        for (var i = 0; i < 10; i++)
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, "/ateliers");
            page.Headers.Add(TestPeer.HeaderName, Ingress);
            page.Headers.Add("X-Forwarded-For", "203.0.113.7");
            Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(page)).StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ListEventsAsync(anonymous, Ingress, "203.0.113.7")).StatusCode);
        }

        Assert.Equal(
            HttpStatusCode.TooManyRequests,
            (await ListEventsAsync(anonymous, Ingress, "203.0.113.7")).StatusCode
        );
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string? peer, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Registrations)
        {
            Content = JsonContent.Create(new { firstName = "Awa" }),
        };
        return await SendAsync(client, request, peer, forwardedFor);
    }

    private static async Task<HttpResponseMessage> ListEventsAsync(HttpClient client, string peer, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        return await SendAsync(client, request, peer, forwardedFor);
    }

    private static Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        string? peer,
        string forwardedFor
    )
    {
        if (peer is not null)
        {
            request.Headers.Add(TestPeer.HeaderName, peer);
        }

        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}
