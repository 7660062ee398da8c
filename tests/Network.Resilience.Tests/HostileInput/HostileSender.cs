using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Network.Resilience.Tests.Platform;

namespace Network.Resilience.Tests.HostileInput;

/// <summary>The answer to one hostile request.</summary>
public sealed record HostileResponse(HostileRequest Request, int Status, string? ContentType, string Body);

/// <summary>Sends hostile requests through the gateway, a few at once, each with a fresh enough token of its
/// actor.</summary>
public sealed class HostileSender(RunningPlatform platform, int concurrency) : IDisposable
{
    /// <summary>Tokens live five minutes; one older than this is fetched again.</summary>
    private static readonly TimeSpan TokenRefresh = TimeSpan.FromMinutes(3);

    private const int LargeBody = 1024 * 1024;

    private readonly HttpClient _http = new(
        new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AllowAutoRedirect = false }
    )
    {
        BaseAddress = platform.Gateway,
        Timeout = TimeSpan.FromSeconds(100),
    };

    private readonly ConcurrentDictionary<string, Lazy<Task<(string Token, DateTime At)>>> _tokens = new();

    public async Task<IReadOnlyList<HostileResponse>> SendAllAsync(IReadOnlyList<HostileRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var responses = new HostileResponse[requests.Count];
        await Parallel.ForAsync(
            0,
            requests.Count,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (index, cancellationToken) => responses[index] = await SendAsync(requests[index], cancellationToken)
        );
        return responses;
    }

    private async Task<HostileResponse> SendAsync(HostileRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(
            new HttpMethod(request.Method),
            new Uri(request.PathAndQuery, UriKind.Relative)
        );
        if (request.Actor.UserName is { } user)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        }

        if (request.Actor.PartnerHeader is { } partner)
        {
            message.Headers.TryAddWithoutValidation("X-Partner-Id", partner);
        }

        foreach (var (name, value) in request.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            // As a careful client uploads a large body: the server may refuse it before a byte of it is sent, and
            // its answer is then read, not lost to a connection it closes while the body is still coming.
            message.Headers.ExpectContinue = request.Body.Length > LargeBody;
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        try
        {
            using var response = await _http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new HostileResponse(
                request,
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                body
            );
        }
        catch (HttpRequestException exception)
        {
            // The connection closed without an answer: as bad as a 5xx for a client.
            return new HostileResponse(
                request,
                0,
                null,
                $"no answer: {exception.Message} {exception.InnerException?.Message}"
            );
        }
    }

    private async Task<string> TokenAsync(string user)
    {
        while (true)
        {
            var lazy = _tokens.GetOrAdd(user, name => new Lazy<Task<(string, DateTime)>>(() => FetchAsync(name)));
            var (token, at) = await lazy.Value;
            if (DateTime.UtcNow - at < TokenRefresh)
            {
                return token;
            }

            _tokens.TryRemove(KeyValuePair.Create(user, lazy));
        }
    }

    private async Task<(string Token, DateTime At)> FetchAsync(string user) =>
        (await platform.TokenAsync(user), DateTime.UtcNow);

    public void Dispose() => _http.Dispose();
}
