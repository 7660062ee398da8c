using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Network.Resilience.Tests.Platform;
using Network.Testing;

namespace Network.Resilience.Tests.Access;

/// <summary>
/// One platform for the access tests, started once: partner C is suspended and partner D archived by the coordinator
/// through the API, and the services that keep a replica of the partners have heard of it before any test runs.
/// </summary>
public sealed class AccessPlatform : IAsyncLifetime, IDisposable
{
    public const string Collection = "access";

    /// <summary>Tokens live five minutes; one is reused for four.</summary>
    private static readonly TimeSpan TokenReuse = TimeSpan.FromMinutes(4);

    private static readonly string[] ReplicatingServices = ["events", "referrals", "equipment"];

    private readonly ConcurrentDictionary<string, (string Token, DateTime Issued)> _tokens = new();
    private RunningPlatform? _platform;
    private HttpClient? _gateway;

    public RunningPlatform Platform => _platform ?? throw new InvalidOperationException("The platform is not started.");

    /// <summary>A client of the gateway without credentials; requests carry their own.</summary>
    public HttpClient Gateway => _gateway ?? throw new InvalidOperationException("The platform is not started.");

    public async Task InitializeAsync()
    {
        _platform = await RunningPlatform.StartAsync();
        _gateway = new HttpClient { BaseAddress = _platform.Gateway, Timeout = TimeSpan.FromSeconds(30) };

        // Every partner replica has the demo partners before the suspension, so that it is the last news they get.
        foreach (var service in ReplicatingServices)
        {
            await Eventually.AssertAsync(
                async () => await ProbeCreateAsync(service, DemoUsers.StaffA) == HttpStatusCode.BadRequest,
                $"{service} knows partner A is active"
            );
        }

        await ChangeAsync(DemoUsers.PartnerC, "suspend", "Locaux fermés pour travaux.");
        await ChangeAsync(DemoUsers.PartnerD, "archive", "Fin de la convention.");
        foreach (var service in ReplicatingServices)
        {
            await Eventually.AssertAsync(
                async () => await ProbeCreateAsync(service, DemoUsers.StaffC) == HttpStatusCode.Forbidden,
                $"{service} knows partner C is suspended"
            );
            await Eventually.AssertAsync(
                async () =>
                    await ProbeCreateAsync(service, DemoUsers.AdminD)
                    == (service == "events" ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound),
                $"{service} knows partner D is archived"
            );
        }
    }

    private async Task ChangeAsync(Guid partner, string action, string reason)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/partners/{partner}/{action}")
        {
            Content = JsonContent.Create(new { reason }),
        };
        using var answer = await SendAsync(DemoUsers.Coordinator, request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    /// <summary>A token of a demo user, reused while it is fresh.</summary>
    public async Task<string> TokenAsync(string user)
    {
        if (_tokens.TryGetValue(user, out var kept) && DateTime.UtcNow - kept.Issued < TokenReuse)
        {
            return kept.Token;
        }

        var issued = DateTime.UtcNow;
        var token = await Platform.TokenAsync(user);
        _tokens[user] = (token, issued);
        return token;
    }

    /// <summary>Sends <paramref name="request"/> to the gateway as <paramref name="user"/> (anonymous when
    /// null).</summary>
    public async Task<HttpResponseMessage> SendAsync(string? user, HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        }

        return await Gateway.SendAsync(request);
    }

    /// <summary>
    /// An empty create: 400 (the body is invalid) from a service that deems the caller's partner active, 403 from one
    /// that knows it is not. Nothing is ever created.
    /// </summary>
    private async Task<HttpStatusCode> ProbeCreateAsync(string service, string user)
    {
        var path = service == "equipment" ? "/api/equipment" : $"/api/{service}";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { }) };
        using var response = await SendAsync(user, request);
        return response.StatusCode;
    }

    public void Dispose() => _gateway?.Dispose();

    public async Task DisposeAsync()
    {
        Dispose();
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}

[CollectionDefinition(AccessPlatform.Collection)]
public sealed class SharedAccessPlatform : ICollectionFixture<AccessPlatform>;
