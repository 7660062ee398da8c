using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Network.Testing.Identity;

namespace Network.Portal.Tests;

/// <summary>
/// The API through the gateway, as a demo user with a token of the realm's <c>network-cli</c> client (password grant):
/// what a test prepares before its pages, and what it checks after them.
/// </summary>
public sealed class PlatformApi : IDisposable
{
    private PlatformApi(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <param name="actingFor">The structure a user of several acts for (<c>X-Partner-Id</c>).</param>
    public static async Task<PlatformApi> AsAsync(PortalFixture portal, string user, Guid? actingFor = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var token = await DevIdentityClient.PasswordTokenAsync(portal.Identity, user, user);
        var http = new HttpClient { BaseAddress = portal.Gateway };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (actingFor is { } partner)
        {
            http.DefaultRequestHeaders.Add("X-Partner-Id", partner.ToString());
        }

        return new PlatformApi(http);
    }

    /// <summary>The answer's JSON; fails the test on any status but success.</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, "GET", path);
    }

    /// <summary>The answer's JSON (an empty object for 204); fails the test on any status but success.</summary>
    public async Task<JsonElement> PostAsync(string path, object? body = null)
    {
        using var response = await Http.PostAsync(
            new Uri(path, UriKind.Relative),
            body is null ? null : JsonContent.Create(body)
        );
        return await ReadAsync(response, "POST", path);
    }

    public void Dispose() => Http.Dispose();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string method, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? JsonDocument.Parse("{}").RootElement : JsonDocument.Parse(text).RootElement;
    }
}
