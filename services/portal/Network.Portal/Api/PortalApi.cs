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

    /// <summary>The resource with its <c>ETag</c>, which <see cref="PutAsync{T}"/> and <see cref="PatchAsync{T}"/> send
    /// back.</summary>
    public Task<ApiAnswer<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, null, null, cancellationToken);

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

    /// <summary>A file of the API (a CSV export), read as it arrives so that the portal passes it on without holding
    /// it whole: the answer, which the caller disposes once the file is sent on; or the problem.</summary>
    public async Task<ApiAnswer<HttpResponseMessage>> GetFileAsync(
        string path,
        CancellationToken cancellationToken = default
    )
    {
        var response = await SendAsync(
            new HttpRequestMessage(HttpMethod.Get, path),
            cancellationToken,
            HttpCompletionOption.ResponseHeadersRead
        );
        if (response.IsSuccessStatusCode)
        {
            return new ApiAnswer<HttpResponseMessage>(response, null);
        }

        using (response)
        {
            return new ApiAnswer<HttpResponseMessage>(null, await ProblemAsync(response, cancellationToken));
        }
    }

    /// <summary>An action or a creation; a creation sends the key its form drew when it was shown, so that a form sent
    /// twice creates one thing.</summary>
    public Task<ApiAnswer<T>> PostAsync<T>(
        string path,
        object? body,
        string? idempotencyKey = null,
        CancellationToken cancellationToken = default
    ) =>
        SendAsync<T>(
            HttpMethod.Post,
            path,
            body,
            idempotencyKey is null ? null : ("Idempotency-Key", idempotencyKey),
            cancellationToken
        );

    /// <summary>An action on a resource read with <paramref name="etag"/> (a step of its life): a 412 answer
    /// (<see cref="ApiProblem.IsStale"/>) says someone changed it since.</summary>
    public Task<ApiAnswer<T>> PostIfMatchAsync<T>(
        string path,
        object? body,
        string etag,
        CancellationToken cancellationToken = default
    ) => SendAsync<T>(HttpMethod.Post, path, body, ("If-Match", etag), cancellationToken);

    /// <summary>Replaces a resource read with <paramref name="etag"/>: a 412 answer (<see cref="ApiProblem.IsStale"/>)
    /// says someone changed it since. A resource without versions takes no <paramref name="etag"/>.</summary>
    public Task<ApiAnswer<T>> PutAsync<T>(
        string path,
        object body,
        string? etag,
        CancellationToken cancellationToken = default
    ) => SendAsync<T>(HttpMethod.Put, path, body, etag is null ? null : ("If-Match", etag), cancellationToken);

    /// <summary>Changes part of a resource read with <paramref name="etag"/>, as <see cref="PutAsync{T}"/>
    /// does.</summary>
    public Task<ApiAnswer<T>> PatchAsync<T>(
        string path,
        object body,
        string etag,
        CancellationToken cancellationToken = default
    ) => SendAsync<T>(HttpMethod.Patch, path, body, ("If-Match", etag), cancellationToken);

    public async Task<ApiProblem?> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);
        return response.IsSuccessStatusCode ? null : await ProblemAsync(response, cancellationToken);
    }

    private async Task<ApiAnswer<T>> SendAsync<T>(
        HttpMethod method,
        string path,
        object? body,
        (string Name, string Value)? header,
        CancellationToken cancellationToken
    )
    {
        var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
        if (header is var (name, value))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead
    )
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, cancellationToken);
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
    )
    {
        if (!response.IsSuccessStatusCode)
        {
            return new ApiAnswer<T>(default, await ProblemAsync(response, cancellationToken));
        }

        var value =
            response.StatusCode == HttpStatusCode.NoContent
                ? default
                : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
        return new ApiAnswer<T>(value, null) { ETag = response.Headers.ETag?.ToString() };
    }

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
