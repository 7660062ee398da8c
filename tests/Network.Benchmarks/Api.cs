using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Network.Benchmarks;

/// <summary>Setting up a benchmark's data through the services' own API.</summary>
internal static class Api
{
    /// <summary>
    /// Creates with a POST and answers the new id (or the whole answer). Right after start, a service may not have
    /// heard of the demo partners yet and refuse (403): it will soon, so the request is repeated for up to a minute.
    /// </summary>
    public static async Task<Guid> CreateAsync(HttpClient client, string path, object body) =>
        (await PostAsync(client, path, body)).GetProperty("id").GetGuid();

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            using var response = await client.PostAsJsonAsync(path, body);
            if (response.StatusCode != HttpStatusCode.Forbidden || DateTime.UtcNow > deadline)
            {
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            await Task.Delay(500);
        }
    }
}
