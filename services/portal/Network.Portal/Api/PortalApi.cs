using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Portal.Api;

/// <summary>The API as the portal's pages call it: a value, a problem to show beside a field, or a polite error
/// page.</summary>
public sealed class PortalApi(HttpClient http)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The resource, or null when the API says it does not exist (or is not the caller's to see).</summary>
    public async Task<T?> FindAsync<T>(string path, CancellationToken cancellationToken = default)
        where T : class
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var answer = await ReadAsync<T>(response, cancellationToken);
        return answer.Value
            ?? throw new ServiceUnavailableException($"GET {path} answered {(int)response.StatusCode}.");
    }

    public async Task<ApiAnswer<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>The body as text, with a given media type (JSON-LD, iCalendar), or null when absent.</summary>
    public async Task<string?> GetTextAsync(
        string path,
        string mediaType,
        CancellationToken cancellationToken = default
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(mediaType);
        using var response = await SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancellationToken) : null;
    }

    public async Task<ApiAnswer<T>> PostAsync<T>(
        string path,
        object? body,
        string? idempotencyKey = null,
        CancellationToken cancellationToken = default
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public async Task<ApiProblem?> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);
        return response.IsSuccessStatusCode ? null : await ProblemAsync(response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
            when (exception is HttpRequestException or TaskCanceledException
                && !cancellationToken.IsCancellationRequested
            )
        {
            throw new ServiceUnavailableException(
                $"{request.Method} {request.RequestUri} could not be sent.",
                exception
            );
        }
        finally
        {
            request.Dispose();
        }

        if ((int)response.StatusCode >= 500)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            throw new ServiceUnavailableException($"{request.Method} {request.RequestUri} answered {status}.");
        }

        return response;
    }

    private static async Task<ApiAnswer<T>> ReadAsync<T>(
        HttpResponseMessage response,
        CancellationToken cancellationToken
    ) =>
        response.IsSuccessStatusCode
            ? new ApiAnswer<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null)
            : new ApiAnswer<T>(default, await ProblemAsync(response, cancellationToken));

    private static async Task<ApiProblem> ProblemAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken
    )
    {
        ApiProblem? problem = null;
        try
        {
            problem = await response.Content.ReadFromJsonAsync<ApiProblem>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            // A body that is no problem document still has a status to go by.
        }

        return (problem ?? new ApiProblem((int)response.StatusCode, null, null, null)) with
        {
            RetryAfter = response.Headers.RetryAfter?.Delta,
        };
    }
}
