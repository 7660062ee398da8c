using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Network.DevIdentity.Tests;

/// <summary>
/// DevIdentity's admin API as the partners service calls it: a client-credentials token of a service account,
/// Keycloak's paths and representations, and role ids found where a user manager may read them.
/// </summary>
public sealed class AdminApi : IDisposable
{
    public const string Users = "users";

    private AdminApi(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    /// <summary>A client of the API holding a token of <paramref name="clientId"/>'s service account.</summary>
    public static async Task<AdminApi> ConnectAsync(
        DevIdentityFactory identity,
        string clientId = TestRealm.MembersClient,
        string secret = TestRealm.MembersSecret
    )
    {
        ArgumentNullException.ThrowIfNull(identity);
        var client = identity.CreateClient();
        using var response = await DevIdentityFactory.ClientCredentialsGrantAsync(client, clientId, secret);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            await DevIdentityFactory.AccessTokenOfAsync(response)
        );
        return new AdminApi(client);
    }

    /// <summary>An address of the admin API of the test realm, e.g. <c>users/{id}</c>.</summary>
    public static Uri Path(string relative) => new($"/admin/realms/{TestRealm.Name}/{relative}", UriKind.Relative);

    public Task<HttpResponseMessage> GetAsync(string relative) => Client.GetAsync(Path(relative));

    public Task<HttpResponseMessage> PostAsync(string relative, object body) =>
        Client.PostAsJsonAsync(Path(relative), body);

    public Task<HttpResponseMessage> PutAsync(string relative, object body) =>
        Client.PutAsJsonAsync(Path(relative), body);

    public Task<HttpResponseMessage> DeleteAsync(string relative, object body) =>
        Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Delete, Path(relative)) { Content = JsonContent.Create(body) }
        );

    /// <summary>The users of a search (the query string of <c>GET users</c>).</summary>
    public async Task<JsonArray> SearchAsync(string query)
    {
        using var response = await GetAsync($"{Users}?{query}");
        return await ArrayOfAsync(response);
    }

    public async Task<JsonObject> UserAsync(string id)
    {
        using var response = await GetAsync($"{Users}/{id}");
        var body = await DevIdentityFactory.JsonOfAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return body;
    }

    /// <summary>Creates a user: the id at the end of the address the answer gives.</summary>
    public async Task<string> CreateAsync(object representation)
    {
        using var response = await PostAsync(Users, representation);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.Segments[^1];
    }

    /// <summary>Gives a realm role, its id read among the roles the user may still be given.</summary>
    public async Task GiveRoleAsync(string userId, string role)
    {
        using var available = await GetAsync($"{Users}/{userId}/role-mappings/realm/available");
        using var response = await PostAsync(
            $"{Users}/{userId}/role-mappings/realm",
            new[] { Named(await ArrayOfAsync(available), role) }
        );
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Takes a realm role, its id read among the user's.</summary>
    public async Task TakeRoleAsync(string userId, string role)
    {
        using var held = await GetAsync($"{Users}/{userId}/role-mappings/realm");
        using var response = await DeleteAsync(
            $"{Users}/{userId}/role-mappings/realm",
            new[] { Named(await ArrayOfAsync(held), role) }
        );
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public static async Task<JsonArray> ArrayOfAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsArray();
    }

    public static IReadOnlyList<string> Names(JsonArray items, string property = "name") =>
        items.Select(item => item![property]!.GetValue<string>()).ToList();

    public void Dispose() => Client.Dispose();

    private static JsonObject Named(JsonArray roles, string name) =>
        Assert.Single(roles, role => role!["name"]!.GetValue<string>() == name)!.AsObject().DeepClone().AsObject();
}
